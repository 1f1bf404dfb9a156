package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;

/**
 * One click listener for the buttons inside HTML drawn with {@link Markup}
 * ({@code <vaadin-button data-grant-action="edit">}), instead of a component and a listener per button. The
 * browser sends a click only when it hit an element matching the selector, with that element's data
 * attributes; everything else in the element is ignored in the browser. The server must check what it
 * receives again: the client may send anything.
 */
public final class HtmlClicks {

    private HtmlClicks() {
    }

    /** The filter: true when the click hit an element matching the selector (a boolean, as Vaadin wants). */
    public static String hit(String selector) {
        return "!!" + target(selector);
    }

    /** The expression of a data attribute ({@code dataset} name) of the element hit, null-safe. */
    public static String data(String selector, String key) {
        return target(selector) + "?.dataset." + key;
    }

    private static String target(String selector) {
        return "event.target.closest('" + selector + "')";
    }

    /**
     * Listens on {@code element} for clicks that hit an element matching {@code selector}; the handler gets the
     * values of its data attributes {@code keys}, in order ("" when one is missing).
     */
    public static void listen(Element element, String selector, List<String> keys, Consumer<List<String>> handler) {
        var registration = element.addEventListener("click", event -> handler.accept(keys.stream().map(key -> {
            var value = event.getEventData().get(data(selector, key));
            return value == null || value.isNull() ? "" : value.asString();
        }).toList()));
        registration.setFilter(hit(selector));
        keys.forEach(key -> registration.addEventData(data(selector, key)));
    }
}

package id.go.kemendagri.siap.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.ui.Markup;

/**
 * What a person reads in a component, including the parts drawn as HTML with {@link Markup} (which
 * {@code Element.getTextRecursively()} does not see).
 */
public final class PageText {

    private PageText() {
    }

    public static String of(Component component) {
        var text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
            return;
        }
        if (element.hasProperty("innerHTML")) {
            text.append(Markup.plainText(element.getProperty("innerHTML"))).append(' ');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}

package id.go.kemendagri.siap.support;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import tools.jackson.core.type.TypeReference;

/**
 * Browserless tests of the Lit components (frontend/components): read the data the server fed them (records as
 * JSON, or as JSON text shared between screens by {@code base.ui.chart.Feed}), and fire
 * the DOM events they send, with the event data the browser would send (the client may send anything: the
 * server must check it again).
 */
public final class LitElements {

    private LitElements() {
    }

    /** A property holding a list of records, read back as maps (what the browser receives as JSON). */
    public static List<Map<String, Object>> list(Component component, String property) {
        var type = new TypeReference<List<Map<String, Object>>>() {
        };
        var value = component.getElement().getPropertyRaw(property) instanceof String json
                ? JacksonUtils.getMapper().readValue(json, type) // JSON text (base.ui.chart.Feed)
                : component.getElement().getPropertyBean(property, type);
        return value == null ? List.of() : value;
    }

    /** A property holding one record, as a map. */
    public static Map<String, Object> bean(Component component, String property) {
        var type = new TypeReference<Map<String, Object>>() {
        };
        return component.getElement().getPropertyRaw(property) instanceof String json
                ? JacksonUtils.getMapper().readValue(json, type) // JSON text (base.ui.chart.Feed)
                : component.getElement().getPropertyBean(property, type);
    }

    /**
     * Fires a DOM event as the browser would, with event data keyed by the {@code @EventData} expressions
     * (for example {@code "event.detail.language"}).
     */
    public static void fire(Component component, String eventType, Map<String, ?> eventData) {
        var data = JacksonUtils.createObjectNode();
        eventData.forEach((key, value) -> data.set(key, JacksonUtils.getMapper().valueToTree(value)));
        var element = component.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, eventType, data));
    }
}

package id.go.kemendagri.siap.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * What a person reads in a component, including the parts drawn in the browser by Lit components fed with
 * records (their texts and labels), which {@code Element.getTextRecursively()} does not see.
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
        if (element.getTag().startsWith("siap-")) {
            element.getPropertyNames().forEach(name -> {
                var value = element.getPropertyRaw(name);
                if (value instanceof String string && !string.isBlank()) {
                    text.append(string).append(' ');
                } else if (value instanceof JsonNode node) {
                    texts(node, text);
                }
            });
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    /** The texts a Lit component shows from its data: the {@code text}, {@code label} and {@code title} fields. */
    private static void texts(JsonNode node, StringBuilder text) {
        if (node.isArray()) {
            node.forEach(child -> texts(child, text));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getValue().isString() && java.util.Set.of("text", "label", "title", "heading", "code", "name", "due", "othersEditing")
                        .contains(field.getKey())) {
                    text.append(field.getValue().asString()).append(' ');
                } else if (field.getValue().isContainer()) {
                    texts(field.getValue(), text);
                }
            });
        }
    }
}

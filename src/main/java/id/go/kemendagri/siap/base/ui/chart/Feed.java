package id.go.kemendagri.siap.base.ui.chart;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Records for an element property of a Lit component, written as JSON once and shared by every element that
 * shows them. {@code Element.setPropertyList(name, records)} makes a new JSON tree per call, so a board open in
 * a thousand sessions would hold a thousand copies of the same lists, and a JSON tree costs several times its
 * text in heap. A {@code Feed} is the JSON text, made once per board snapshot and language and given to every
 * element ({@link #into}): an open screen keeps only a reference to the shared string. The component parses it
 * (frontend/components/siap-feed.js). The text is interned: screens that show the same records (several people on
 * one region's page) keep one string between them, which the JVM lets go when no screen shows it any more.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Feed implements Serializable {

    private final String json;

    /** A list of records (each record an object with its components as fields, nested records as objects). */
    public static Feed list(List<?> records) {
        return new Feed(JacksonUtils.listToJson(records).toString().intern());
    }

    /** One record as an object. */
    public static Feed bean(Object record) {
        return new Feed(JacksonUtils.beanToJson(Objects.requireNonNull(record, "record")).toString().intern());
    }

    /** Puts the shared JSON text into a property of the component's element. */
    public void into(Component component, String property) {
        component.getElement().setProperty(property, json);
    }

    @Override
    public String toString() {
        return json;
    }
}

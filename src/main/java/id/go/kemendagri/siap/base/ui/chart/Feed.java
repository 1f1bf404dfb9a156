package id.go.kemendagri.siap.base.ui.chart;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.node.BaseJsonNode;

/**
 * Records for an element property of a Lit component, turned into JSON once and shared by every element that
 * shows them. {@code Element.setPropertyList(name, records)} makes a new JSON tree per call, so a board open
 * in a thousand sessions would hold a thousand copies of the same lists; a {@code Feed} made once per board
 * snapshot and language is given to every element instead ({@link #into}), and an open screen keeps only a
 * reference. The JSON is never changed after it is made.
 */
public final class Feed implements Serializable {

    private final BaseJsonNode json;

    private Feed(BaseJsonNode json) {
        this.json = json;
    }

    /** A list of records (each record an object with its components as fields, nested records as objects). */
    public static Feed list(List<?> records) {
        return new Feed(JacksonUtils.listToJson(records));
    }

    /** One record as an object. */
    public static Feed bean(Object record) {
        return new Feed(JacksonUtils.beanToJson(Objects.requireNonNull(record, "record")));
    }

    /** Puts the shared JSON into a property of the component's element. */
    public void into(Component component, String property) {
        component.getElement().setPropertyJson(property, json);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}

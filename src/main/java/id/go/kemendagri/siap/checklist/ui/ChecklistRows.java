package id.go.kemendagri.siap.checklist.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.ui.ActionEvent;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.chart.Feed;

/**
 * Rows of closed checklist items drawn in the browser ({@code frontend/components/siap-checklist-rows.js}),
 * fed with {@link Row} records: one server-side element for any number of items. A click on a row's toggle or
 * edit button comes back as an {@link ActionEvent} (key: the item id), which the owner checks again.
 */
@Tag("siap-checklist-rows")
@JsModule("./components/siap-checklist-rows.js")
class ChecklistRows extends Component implements HasStyle {

    static final String TOGGLE = "toggle";
    static final String EDIT = "edit";

    /** One item's row: key (its id), code, name, badges, deadline, edit button, opened, who else edits it. */
    record Row(String key, String code, String name, List<Piece> badges, String due, boolean editable,
            boolean expanded, String othersEditing) {

        Row withOthersEditing(String names) {
            return new Row(key, code, name, badges, due, editable, expanded, names);
        }
    }

    private List<Row> rows = List.of();

    ChecklistRows(String editLabel, boolean bare) {
        getElement().setProperty("editLabel", editLabel);
        getElement().setProperty("bare", bare);
        addClassName("item-rows");
    }

    /** Sends the rows unless they are the ones shown already. */
    void setRows(List<Row> next) {
        if (!next.equals(rows)) {
            rows = List.copyOf(next);
            Feed.list(rows).into(this, "rows");
        }
    }

    List<Row> rows() {
        return rows;
    }

    private List<Piece> summary = List.of();

    /**
     * Makes this element a whole theme (its disclosure, summary line and rows) while none of the theme's items is
     * open: one server-side element for the theme. Sends the summary unless it is the one shown already.
     */
    void setSummary(String theme, List<Piece> next) {
        getElement().setProperty("theme", theme);
        if (!next.equals(summary)) {
            summary = List.copyOf(next);
            Feed.list(summary).into(this, "summary");
        }
    }

    /** The theme's summary line when this element is a whole theme, else empty. */
    List<Piece> summary() {
        return summary;
    }

    Registration addActionListener(ComponentEventListener<ActionEvent<ChecklistRows>> listener) {
        return ActionEvent.listen(this, listener);
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.ui.chart.Feed;

/**
 * A read-only part of a page drawn in the browser by {@code frontend/components/siap-panel.js}: a heading
 * with action buttons, a headline, label-value facts, a table (optionally folded into a {@code <details>}),
 * a footer, all fed as records of {@link Piece}s. It is one server-side element however much it shows, so
 * pages open in many sessions stay light; Lit escapes every value and redraws only the rows whose content
 * changed. Buttons come back as {@link ActionEvent}s, which the owner must check again.
 */
@Tag("siap-panel")
@JsModule("./components/siap-panel.js")
public class InfoPanel extends Component implements HasStyle {

    /** A table column: its heading and a class for its cells (e.g. {@code num}). */
    public record Column(String label, String className) {

        public static Column of(String label) {
            return new Column(label, null);
        }
    }

    /** A table row: a key that stays the same while the row is the same thing, and its cells' pieces. */
    public record Row(String key, List<List<Piece>> cells) {
    }

    /** A line of label and value. */
    public record Fact(String label, List<Piece> value) {
    }

    /** The heading; {@code level} 3 for a section, 4 for a part of one. */
    public InfoPanel heading(String text, int level) {
        getElement().setProperty("heading", text == null ? "" : text);
        getElement().setProperty("level", level);
        return this;
    }

    /** Buttons beside the heading. */
    public void setActions(List<Piece> actions) {
        Feed.list(actions).into(this, "actions");
    }

    /** The first line below the heading (e.g. badges and a name). */
    public void setHeadline(List<Piece> pieces) {
        Feed.list(pieces).into(this, "headline");
    }

    public void setFacts(List<Fact> facts) {
        Feed.list(facts).into(this, "facts");
    }

    public void setTable(List<Column> columns, List<Row> rows) {
        Feed.list(columns).into(this, "columns");
        Feed.list(rows).into(this, "rows");
    }

    /** Folds the table into a {@code <details>} with this summary (null: always open). */
    public void setFolded(String summary) {
        getElement().setProperty("folded", summary == null ? "" : summary);
    }

    /** Shown instead of the table when it has no rows, and instead of the facts when there are none. */
    public void setEmptyText(String text) {
        getElement().setProperty("emptyText", text == null ? "" : text);
    }

    public void setFooter(String text) {
        getElement().setProperty("footer", text == null ? "" : text);
    }

    public Registration addActionListener(ComponentEventListener<ActionEvent<InfoPanel>> listener) {
        return ActionEvent.listen(this, listener);
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Shown when a save was refused because someone else saved first: the current version and what this
 * user typed, side by side, field by field, with the differences marked. The user applies theirs on
 * top of the current version or discards it; nothing is overwritten without that choice.
 */
public class ConflictPanel extends Div {

    /** One field: its label, the value stored now and the value this user typed. */
    public record Row(String label, String current, String mine) {

        boolean differs() {
            return !Objects.equals(blankToNull(current), blankToNull(mine));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    final Button applyMine = new Button();
    final Button discardMine = new Button();

    /**
     * @param onApplyMine null when the user's values can no longer be applied (the record moved on to a state
     *                    that refuses them, such as a term that someone else already ended): only discard is offered
     */
    public ConflictPanel(String explanation, List<Row> rows, Runnable onApplyMine, Runnable onDiscardMine) {
        addClassName("conflict-panel");
        setId("conflict-panel");
        warningBox(this);
        add(new Paragraph(explanation));
        var table = new Div();
        table.addClassName("conflict-table");
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(6rem, max-content) 1fr 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        table.add(head(""), head(getTranslation("conflict.current")), head(getTranslation("conflict.mine")));
        for (var row : rows) {
            var label = new Span(row.label());
            var current = new Span(show(row.current()));
            current.addClassName("conflict-current");
            var mine = new Span(show(row.mine()));
            mine.addClassName("conflict-mine");
            if (row.differs()) {
                current.getStyle().set("font-weight", "600");
                mine.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
            }
            table.add(label, current, mine);
        }
        add(table);
        applyMine.setText(getTranslation("conflict.apply-mine"));
        applyMine.setId("conflict-apply-mine");
        applyMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyMine.setVisible(onApplyMine != null);
        if (onApplyMine != null) {
            applyMine.addClickListener(click -> onApplyMine.run());
        }
        Fields.button(discardMine, "conflict.discard-mine", "conflict-discard-mine", onDiscardMine);
        add(new HorizontalLayout(applyMine, discardMine));
    }

    /** Where a form shows this panel, above its fields: empty and hidden until a save is refused as stale. */
    public static Div area() {
        var area = new Div();
        area.addClassName("conflict");
        area.setVisible(false);
        return area;
    }

    /** The frame of a warning inside a form (this panel, {@link SavedElsewhereNotice}). */
    static void warningBox(Div box) {
        box.getStyle().set("border", "1px solid var(--lumo-warning-color-50pct, #e0b400)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "var(--lumo-warning-color-10pct, #fff8e1)");
    }

    private static Span head(String text) {
        var head = new Span(text);
        head.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        return head;
    }

    private static String show(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}

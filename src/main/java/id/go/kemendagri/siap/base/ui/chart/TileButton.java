package id.go.kemendagri.siap.base.ui.chart;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

/**
 * One tile: a native button (focusable, Enter and Space click it) that is updated in place, so that a live
 * update changes texts and the colour class without replacing the element.
 */
final class TileButton extends NativeButton {

    private final Span label = new Span();
    private final Span value = new Span();
    private final Tooltip tooltip;
    private Tile tile;

    TileButton(Tile tile) {
        getElement().setAttribute("type", "button");
        addClassName("siap-tile");
        label.addClassName("siap-tile-label");
        value.addClassName("siap-tile-value");
        // Hidden from screen readers: the aria-label reads the name and the value instead.
        label.getElement().setAttribute("aria-hidden", "true");
        value.getElement().setAttribute("aria-hidden", "true");
        add(label, value);
        tooltip = Tooltip.forComponent(this);
        getElement().setAttribute("data-code", tile.code());
        update(tile);
    }

    void update(Tile next) {
        if (next.equals(tile)) {
            return;
        }
        if (tile != null && !tile.variant().equals(next.variant())) {
            removeClassName(tile.variant());
        }
        addClassName(next.variant());
        label.setText(next.shortLabel());
        value.setText(next.valueText());
        getElement().setAttribute("aria-label", next.accessibleName());
        tooltip.setText(next.tooltipText());
        tile = next;
    }

    Tile tile() {
        return tile;
    }

    String tooltipText() {
        return tooltip.getText();
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

/**
 * A grid that shows one card column on a phone and its ordinary columns on a wider screen: the columns are
 * switched when the browser window crosses {@link #PHONE_MAX_WIDTH} (its width is read when the grid is attached
 * and on every resize). The card column is drawn in the browser ({@link Pieces#card}), so a phone costs no
 * server-side component per row.
 */
public final class NarrowColumns {

    /** The widest window that counts as a phone, in CSS pixels. */
    public static final int PHONE_MAX_WIDTH = 600;

    private NarrowColumns() {
    }

    /** The widest window that counts as a tablet (the menu is then an overlay drawer), in CSS pixels. */
    public static final int TABLET_MAX_WIDTH = 1024;

    /** Shows {@code card} alone up to {@link #PHONE_MAX_WIDTH}, every other column above it. */
    public static <T> void install(Grid<T> grid, Grid.Column<T> card) {
        install(grid, card, List.of());
    }

    /**
     * Shows {@code card} alone up to {@link #PHONE_MAX_WIDTH}; on a tablet (up to {@link #TABLET_MAX_WIDTH}) every
     * other column but {@code wideOnly}, the less important ones, so that the grid fits without scrolling sideways;
     * every column but the card above.
     */
    public static <T> void install(Grid<T> grid, Grid.Column<T> card, List<Grid.Column<T>> wideOnly) {
        var hidden = List.copyOf(wideOnly);
        card.setVisible(false);
        card.setFlexGrow(1);
        card.setAutoWidth(false);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(event -> {
            var ui = event.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> apply(grid, card, hidden, details.getWindowInnerWidth()));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> apply(grid, card, hidden, e.getWidth()));
        });
        grid.addDetachListener(event -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    static <T> void apply(Grid<T> grid, Grid.Column<T> card, int windowWidth) {
        apply(grid, card, List.of(), windowWidth);
    }

    static <T> void apply(Grid<T> grid, Grid.Column<T> card, List<Grid.Column<T>> wideOnly, int windowWidth) {
        var phone = windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
        var tablet = !phone && windowWidth > 0 && windowWidth <= TABLET_MAX_WIDTH;
        List<Grid.Column<T>> columns = grid.getColumns();
        for (var column : columns) {
            column.setVisible(column == card ? phone : !phone && !(tablet && wideOnly.contains(column)));
        }
        grid.getElement().getThemeList().set("narrow", phone);
        grid.getElement().getThemeList().set("tablet", tablet && !wideOnly.isEmpty());
    }

    /** Whether the grid shows its card column (tests). */
    public static boolean narrow(Grid<?> grid) {
        return grid.getElement().getThemeList().contains("narrow");
    }
}

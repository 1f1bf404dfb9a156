package id.go.kemendagri.siap.support;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.internal.JacksonUtils;

import id.go.kemendagri.siap.base.ui.RowActions;

/**
 * Browserless tests of a grid column of {@link RowActions}: the buttons a row shows, as {@code <siap-row-actions>}
 * receives them, and a click sent as the browser sends it (the action's name; the server decides whether it
 * acts, so a test may send the name of a button the row does not show or has disabled).
 */
public final class RowButtons {

    private RowButtons() {
    }

    /** The buttons the row shows, in order. */
    public static List<RowActions.Shown> of(GridTester<?, ?> grid, int row, String column) {
        List<?> shown = grid.getLitRendererPropertyValue(row, column, "actions", List.class);
        return shown.stream().map(RowActions.Shown.class::cast).toList();
    }

    /** The row's button of that name, if the row shows it. */
    public static Optional<RowActions.Shown> find(GridTester<?, ?> grid, int row, String column, String name) {
        return of(grid, row, column).stream().filter(button -> button.name().equals(name)).findFirst();
    }

    /** Whether the row shows the button (enabled or not). */
    public static boolean shown(GridTester<?, ?> grid, int row, String column, String name) {
        return find(grid, row, column, name).isPresent();
    }

    /** Whether the row shows the button and it can be pressed. */
    public static boolean enabled(GridTester<?, ?> grid, int row, String column, String name) {
        return find(grid, row, column, name).filter(RowActions.Shown::enabled).isPresent();
    }

    /** Sends a click on the row's button of that name, as {@code <siap-row-actions>} does. */
    public static void click(GridTester<?, ?> grid, int row, String column, String name) {
        grid.invokeLitRendererFunction(row, column, "act", JacksonUtils.createArrayNode().add(name));
    }
}

package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.JacksonUtils;

import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;

/**
 * {@code <siap-row-actions>} receives a row's shown actions as data, and the server runs a click only for an
 * action of the column that the row shows and allows (the browser may send any name).
 */
class RowActionsTest extends UiTest {

    private final List<String> ran = new ArrayList<>();

    private Grid<String> grid() {
        var grid = new Grid<String>();
        grid.addColumn(RowActions.<String>create("tertiary-inline small")
                .icon("edit", "vaadin:edit", "Ubah", item -> ran.add("edit " + item)).id(item -> "edit-" + item)
                .text("open", item -> "Buka " + item, item -> ran.add("open " + item)).theme("primary")
                .className("drill-down")
                .text("remove", "Hapus", item -> ran.add("remove " + item)).shownWhen(item -> item.startsWith("a"))
                .enabledWhen(item -> item.equals("ab"))
                .renderer()).setKey("actions");
        grid.setItems("ab", "ac", "b");
        UI.getCurrent().add(grid);
        return grid;
    }

    @Test
    void a_row_receives_its_shown_actions_as_data() {
        var grid = test(grid());

        assertThat(RowButtons.of(grid, 0, "actions")).containsExactly(
                new RowActions.Shown("edit", "Ubah", "vaadin:edit", "tertiary-inline small", null, "edit-ab", true),
                new RowActions.Shown("open", "Buka ab", null, "tertiary-inline small primary", "drill-down", null, true),
                new RowActions.Shown("remove", "Hapus", null, "tertiary-inline small", null, null, true));
        assertThat(RowButtons.enabled(grid, 1, "actions", "remove")).as("shown, disabled").isFalse();
        assertThat(RowButtons.shown(grid, 1, "actions", "remove")).isTrue();
        assertThat(RowButtons.shown(grid, 2, "actions", "remove")).isFalse();
        assertThat(RowButtons.of(grid, 2, "actions")).extracting(RowActions.Shown::name).containsExactly("edit", "open");
        assertThat(JacksonUtils.getMapper().valueToTree(RowButtons.of(grid, 2, "actions").getFirst()).toString())
                .as("what the browser receives: no empty fields")
                .isEqualTo("{\"name\":\"edit\",\"label\":\"Ubah\",\"icon\":\"vaadin:edit\","
                        + "\"theme\":\"tertiary-inline small\",\"id\":\"edit-b\",\"enabled\":true}");
    }

    @Test
    void a_click_runs_only_an_action_the_row_shows_and_allows() {
        var grid = test(grid());

        RowButtons.click(grid, 0, "actions", "remove");
        RowButtons.click(grid, 1, "actions", "remove");   // disabled
        RowButtons.click(grid, 2, "actions", "remove");   // not shown
        RowButtons.click(grid, 2, "actions", "delete");   // no such action
        grid.invokeLitRendererFunction(2, "actions", "act", JacksonUtils.createArrayNode().add(1));
        grid.invokeLitRendererFunction(2, "actions", "act", JacksonUtils.createArrayNode());
        RowButtons.click(grid, 2, "actions", "open");

        assertThat(ran).containsExactly("remove ab", "open b");
    }

    @Test
    void names_themes_classes_and_icons_are_the_codes_constants() {
        assertThatThrownBy(() -> RowActions.<String>create().text("Edit me", "x", item -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowActions.<String>create().text("edit", "x", item -> { }).text("edit", "y", i -> { }))
                .as("one name, one action").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowActions.<String>create().icon("edit", "vaadin:edit\" onclick=\"x", "x", i -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowActions.<String>create("small\"><b>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowActions.<String>create().text("a", "x", i -> { }).className("A B"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.go.kemendagri.siap.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * A guard against the region page growing heavy again: every server-side node (element, text, and
 * the data a grid or renderer keeps) costs heap for as long as the page stays open, and the page is
 * open in many sessions at once. Counts, not timings; see "Heap kept per open session" in
 * docs/performance.md for what a node costs.
 */
class RegionPageSizeTest extends UiTest {

    static int nodes(Component component) {
        var count = new int[1];
        component.getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    static String tree(Component c, int depth) {
        var sb = new StringBuilder("  ".repeat(depth) + c.getClass().getSimpleName() + " " + nodes(c) + "\n");
        if (depth < 5) {
            c.getChildren().filter(child -> nodes(child) >= 8).forEach(child -> sb.append(tree(child, depth + 1)));
        }
        return sb.toString();
    }

    @Test
    void the_region_page_keeps_few_server_side_nodes() {
        Users.staff("62");
        var view = navigate("wilayah/62.07", RegionView.class);
        // As a browser would: grids fetch their rows, and component columns build a component per row.
        $(com.vaadin.flow.component.grid.Grid.class).all().forEach(grid -> test(grid).size());
        roundTrip();

        var all = nodes(UI.getCurrent());
        var sb = new StringBuilder("Region page 62.07 server-side nodes: " + all + " in the UI, " + nodes(view) + " in the view:");
        view.getChildren().forEach(c -> sb.append("\n  ").append(c.getClass().getSimpleName()).append(' ')
                .append(nodes(c)));
        System.out.println(sb);
        System.out.println(tree(view, 0));
        assertThat(all).isPositive();
    }
}

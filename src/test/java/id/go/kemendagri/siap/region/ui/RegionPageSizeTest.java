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

    /** Characters of the text properties (the records sent as JSON text) kept in the component's elements. */
    static long text(Component component) {
        var count = new long[1];
        component.getElement().getNode().visitNodeTree(node -> {
            if (node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)) {
                var map = node.getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class);
                map.getPropertyNames().forEach(name -> {
                    if (map.getProperty(name) instanceof String value) {
                        count[0] += value.length();
                    }
                });
            }
        });
        return count[0];
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
        view.getChildren().forEach(c -> {
            sb.append("\n  ").append(c.getClass().getSimpleName()).append(' ').append(nodes(c)).append(" nodes, ")
                    .append(text(c)).append(" characters of text properties");
            c.getChildren().forEach(child -> sb.append("\n      ").append(child.getClass().getSimpleName()).append(' ')
                    .append(nodes(child)));
        });
        System.out.println(sb);
        // 1,483 before the checklist items, grants and contact were drawn as HTML and their forms built on demand;
        // about 220 before the heads, the closed checklist items and the grant buttons were drawn as HTML too.
        assertThat(all).as("server-side nodes of the whole page").isLessThan(150);
        var checklist = view.getChildren().filter(c -> c.getClass().getSimpleName().equals("RegionChecklistPanel"))
                .findFirst().orElseThrow();
        assertThat(nodes(checklist)).as("25 closed checklist items: rows of HTML, one element per theme")
                .isLessThan(30);
    }
}

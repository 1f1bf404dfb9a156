package id.go.kemendagri.siap.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.ui.chart.Feed;
import id.go.kemendagri.siap.base.ui.chart.RegionOpenEvent;

/**
 * A board's lists as tables ({@code <siap-board-lists>}, frontend/components/siap-board-lists.js), fed with
 * {@link BoardList} records made into JSON once per board snapshot and language ({@link Feed}). A region's name
 * (or its row) clicked comes back as a {@link RegionOpenEvent}, which the board checks before it opens the region.
 */
@Tag("siap-board-lists")
@JsModule("./components/siap-board-lists.js")
class BoardLists extends Component implements HasStyle {

    /** A column header; numeric columns are aligned to the end. */
    record Header(String text, boolean numeric) {
    }

    /**
     * A cell: its text, kind ({@code region}: the region's name as a link, {@code num}, {@code nowrap}, or empty) and
     * what the browser sorts it by (a number, an ISO date; null: the text).
     */
    record Cell(String text, String kind, Object sort) {

        static Cell region(String name) {
            return new Cell(name, "region", null);
        }

        static Cell num(String text, long sort) {
            return new Cell(text, "num", sort);
        }

        static Cell nowrap(String text, Object sort) {
            return new Cell(text, "nowrap", sort);
        }

        static Cell text(String text) {
            return new Cell(text, "", null);
        }
    }

    /**
     * A row about one region ({@code code}; null: a row that opens nothing). {@code href}, when set, is where the row
     * leads instead of the region page (a province's board), followed as a link and checked when it opens.
     */
    record Row(String code, String href, List<Cell> cells) {

        Row(String code, List<Cell> cells) {
            this(code, null, cells);
        }
    }

    /**
     * A list: its name (a class), title, a line above the table (may be empty), columns, rows, the text when empty,
     * how many rows it shows before "show all" ({@code more}, and {@code less} to fold them again), and the screen
     * with the full list ({@code link}, {@code linkText}; null when there is none).
     */
    record BoardList(String name, String title, String summary, List<Header> headers, List<Row> rows, String empty,
            int limit, String more, String less, String link, String linkText) {
    }

    BoardLists() {
        addClassName("board-lists");
    }

    void show(Feed lists) {
        lists.into(this, "lists");
    }

    Registration addOpenListener(ComponentEventListener<RegionOpenEvent> listener) {
        return addListener(RegionOpenEvent.class, listener);
    }
}

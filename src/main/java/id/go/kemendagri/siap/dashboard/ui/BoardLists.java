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

    /** A cell: its text and kind ({@code region}: the region's name as a link, {@code num}, {@code nowrap}, or empty). */
    record Cell(String text, String kind) {

        static Cell region(String name) {
            return new Cell(name, "region");
        }

        static Cell num(String text) {
            return new Cell(text, "num");
        }

        static Cell nowrap(String text) {
            return new Cell(text, "nowrap");
        }

        static Cell text(String text) {
            return new Cell(text, "");
        }
    }

    /** A row about one region. */
    record Row(String code, List<Cell> cells) {
    }

    /** A list: its name (a class), title, a line above the table (may be empty), columns, rows, and the text when empty. */
    record BoardList(String name, String title, String summary, List<Header> headers, List<Row> rows, String empty) {
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

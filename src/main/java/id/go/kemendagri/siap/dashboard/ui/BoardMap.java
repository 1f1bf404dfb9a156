package id.go.kemendagri.siap.dashboard.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.dashboard.Board;

/** The tiles of a board: provinces on the national board, kabupaten/kota on a province board. */
class BoardMap extends Div {

    private final transient Consumer<String> open;

    BoardMap(Consumer<String> open) {
        this.open = open;
        addClassName("board-map");
    }

    void show(Board board) {
        removeAll();
        for (var area : board.areas()) {
            var tile = new Div(area.name() + " " + area.verifiedPercent() + "%");
            tile.addClassNames("board-tile", area.band().cssClass());
            tile.addClickListener(e -> open.accept(area.code()));
            add(tile);
        }
    }
}

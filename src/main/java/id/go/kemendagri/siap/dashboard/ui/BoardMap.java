package id.go.kemendagri.siap.dashboard.ui;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.chart.ProvinceTileMap;
import id.go.kemendagri.siap.base.ui.chart.Tile;
import id.go.kemendagri.siap.base.ui.chart.TileBoard;
import id.go.kemendagri.siap.base.ui.chart.TileGrid;
import id.go.kemendagri.siap.base.ui.chart.TileLegend;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.ReadinessBand;

/**
 * The tiles of a board, coloured by readiness band: the 38 provinces laid out west to east on the
 * national board (a tile opens the province board), one tile per region on a province board (a tile
 * opens the region page). Updated in place on every live change.
 */
class BoardMap extends Div {

    /** The captions of the province tiles: the abbreviations Indonesians use. */
    static final Map<String, String> SHORT = Map.ofEntries(Map.entry("11", "ACEH"), Map.entry("12", "SUMUT"),
            Map.entry("13", "SUMBAR"), Map.entry("14", "RIAU"), Map.entry("15", "JAMBI"), Map.entry("16", "SUMSEL"),
            Map.entry("17", "BENGKULU"), Map.entry("18", "LAMPUNG"), Map.entry("19", "BABEL"), Map.entry("21", "KEPRI"),
            Map.entry("31", "DKI"), Map.entry("32", "JABAR"), Map.entry("33", "JATENG"), Map.entry("34", "DIY"),
            Map.entry("35", "JATIM"), Map.entry("36", "BANTEN"), Map.entry("51", "BALI"), Map.entry("52", "NTB"),
            Map.entry("53", "NTT"), Map.entry("61", "KALBAR"), Map.entry("62", "KALTENG"), Map.entry("63", "KALSEL"),
            Map.entry("64", "KALTIM"), Map.entry("65", "KALTARA"), Map.entry("71", "SULUT"), Map.entry("72", "SULTENG"),
            Map.entry("73", "SULSEL"), Map.entry("74", "SULTRA"), Map.entry("75", "GORONTALO"), Map.entry("76", "SULBAR"),
            Map.entry("81", "MALUKU"), Map.entry("82", "MALUT"), Map.entry("91", "PAPUA"), Map.entry("92", "PABAR"),
            Map.entry("93", "PAPSEL"), Map.entry("94", "PAPTENG"), Map.entry("95", "PAPEG"), Map.entry("96", "PBD"));

    private final transient Consumer<String> open;
    private final TileLegend legend = new TileLegend();
    private final Paragraph note = new Paragraph();
    private TileBoard tiles;

    BoardMap(Consumer<String> open) {
        this.open = open;
        addClassName("board-map");
        note.addClassName("board-map-note");
    }

    void show(Board board) {
        if (tiles == null) {
            tiles = board.national() ? new ProvinceTileMap() : new TileGrid();
            tiles.setAriaLabel(getTranslation(board.national() ? "board.map.aria.national" : "board.map.aria.province"));
            tiles.addTileClickListener(open::accept);
            add(tiles, legend, note);
        }
        var list = new ArrayList<Tile>(board.areas().size());
        for (var area : board.areas()) {
            list.add(new Tile(area.code(), area.name(), caption(board, area), area.band() == ReadinessBand.NONE ? "–"
                    : area.verifiedPercent() + "%", area.band().cssClass(), tooltip(area)));
        }
        tiles.setTiles(list);
        var entries = new ArrayList<TileLegend.Entry>();
        for (var band : ReadinessBand.values()) {
            entries.add(new TileLegend.Entry(band.cssClass(), bandLabel(band, board)));
        }
        legend.setEntries(entries);
        note.setText(getTranslation(board.national() ? "board.map.note.national" : "board.map.note.province"));
    }

    private String caption(Board board, Area area) {
        if (board.national()) {
            return SHORT.getOrDefault(area.code(), area.name());
        }
        return area.code().contains(".") ? area.name().replaceFirst("^Kabupaten ", "")
                : getTranslation("board.map.province-tile");
    }

    private String tooltip(Area area) {
        var locale = getLocale();
        return getTranslation("board.map.tooltip", area.verifiedPercent(), area.reportedPercent(),
                Formats.number(area.ready(), locale), Formats.number(area.regions(), locale),
                Formats.number(area.overdueItems(), locale));
    }

    String bandLabel(ReadinessBand band, Board board) {
        return getTranslation("board.band." + band.name() + ".legend", board.readyPercent(), board.lowBelow(),
                board.readyPercent() - 1);
    }
}

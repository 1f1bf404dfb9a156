package id.go.kemendagri.siap.base.ui.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;

/**
 * Regions as coloured tiles: the Lit component {@code <siap-tile-map>} (frontend/components/siap-tile-map.js),
 * with the colour key and a note below. Each tile is a link coloured by its {@link Tile#variant()}, its name and
 * value read by screen readers, its details in a floating tip on hover and keyboard focus. A click or Enter on
 * a tile comes back as a {@link RegionOpenEvent} with the tile's code, which the listener must check again (the
 * browser may send any code). What the element shows is a {@link Drawing}, made once for every screen showing
 * the same tiles.
 */
@Tag("siap-tile-map")
@JsModule("./components/siap-tile-map.js")
@StyleSheet(ChartCard.STYLES)
public class TileBoard extends Component implements HasStyle {

    /** A variant (CSS class, as in {@link Tile#variant()}) and what it means ("Siap (≥ 80%)"). */
    public record LegendEntry(String variant, String label) {
    }

    /**
     * A tile as the element receives it: {@code name} and {@code value} make its accessible name, {@code tip}
     * its description; {@code row} and {@code column} (1-based) place it on the province map, 0 in a grid.
     */
    public record PlacedTile(String code, String label, String value, String variant, String name, String tip,
            String href, int row, int column) {
    }

    /** What the element shows: the tiles (and their JSON, shared), the colour key and a note. */
    public record Drawing(String layout, String label, List<PlacedTile> tiles, Feed tilesFeed, String legendLabel,
            List<LegendEntry> legend, Feed legendFeed, String note) {

        /** The same tiles with a colour key ({@code legendLabel} names it for screen readers) and a note below. */
        public Drawing withLegend(String legendLabel, List<LegendEntry> legend, String note) {
            return new Drawing(layout, label, tiles, tilesFeed, legendLabel, List.copyOf(legend), Feed.list(legend), note);
        }

        /** Whether a tile of this code is drawn. */
        public boolean has(String code) {
            return tiles.stream().anyMatch(tile -> tile.code().equals(code));
        }
    }

    private Drawing drawing;

    public TileBoard() {
        addClassName("board-tiles");
    }

    /**
     * The 38 provinces placed as they lie ({@link ProvinceTileMap#POSITIONS}); every tile must be a province.
     *
     * @param href where a tile leads, relative to the application ({@code ringkasan/62}): the link a new tab opens
     */
    public static Drawing provinceMap(List<Tile> tiles, String ariaLabel, Function<Tile, String> href) {
        return drawing("map", tiles, ariaLabel, href);
    }

    /** Tiles in the order given that wrap to the width (a province's kabupaten/kota, for instance). */
    public static Drawing grid(List<Tile> tiles, String ariaLabel, Function<Tile, String> href) {
        return drawing("grid", tiles, ariaLabel, href);
    }

    private static Drawing drawing(String layout, List<Tile> tiles, String ariaLabel, Function<Tile, String> href) {
        var codes = new HashSet<String>();
        var placed = new ArrayList<PlacedTile>(tiles.size());
        for (var tile : tiles) {
            if (!codes.add(tile.code())) {
                throw new IllegalArgumentException("two tiles for " + tile.code());
            }
            var row = 0;
            var column = 0;
            if ("map".equals(layout)) {
                var position = ProvinceTileMap.POSITIONS.get(tile.code());
                if (position == null) {
                    throw new IllegalArgumentException("not a province code: " + tile.code());
                }
                row = position.row();
                column = position.column();
            }
            placed.add(new PlacedTile(tile.code(), tile.shortLabel(), tile.valueText(), tile.variant(), tile.name(),
                    tile.tooltip(), href.apply(tile), row, column));
        }
        var list = List.copyOf(placed);
        return new Drawing(layout, ariaLabel, list, Feed.list(list), "", List.of(), Feed.list(List.of()), "");
    }

    /** Shows a drawing (new values: the tiles are updated in place in the browser). */
    public void show(Drawing next) {
        if (next == drawing) {
            return;
        }
        drawing = next;
        var element = getElement();
        element.setProperty("layout", next.layout());
        element.setProperty("label", next.label());
        next.tilesFeed().into(this, "tiles");
        element.setProperty("legendLabel", next.legendLabel());
        next.legendFeed().into(this, "legend");
        element.setProperty("note", next.note());
    }

    public Drawing drawing() {
        return drawing;
    }

    /** Listens for tiles opened (clicked or Enter); check the code again before acting on it. */
    public Registration addOpenListener(ComponentEventListener<RegionOpenEvent> listener) {
        return addListener(RegionOpenEvent.class, listener);
    }
}

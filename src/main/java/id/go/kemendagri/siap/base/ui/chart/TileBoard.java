package id.go.kemendagri.siap.base.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import id.go.kemendagri.siap.base.ui.Markup;

/**
 * Tiles as HTML: one link per region ({@code <a router-link>}, so a click or Enter opens the tile's page
 * without a server round trip for the click and without a server-side element per tile), coloured by its
 * {@link Tile#variant()}, its name and value read by screen readers, and its details shown in a floating
 * tip on hover and keyboard focus ({@link ChartScripts}). The HTML is written once for every screen showing
 * the same tiles.
 */
public final class TileBoard {

    private TileBoard() {
    }

    /**
     * The 38 provinces placed as they lie ({@link ProvinceTileMap#POSITIONS}); every tile must be a province.
     *
     * @param href where a tile leads, relative to the application ({@code ringkasan/62})
     */
    public static String provinceMap(List<Tile> tiles, String ariaLabel, Function<Tile, String> href) {
        return html("siap-province-map", tiles, ariaLabel, href, true);
    }

    /** Tiles in the order given that wrap to the width (a province's kabupaten/kota, for instance). */
    public static String grid(List<Tile> tiles, String ariaLabel, Function<Tile, String> href) {
        return html("siap-tile-grid", tiles, ariaLabel, href, false);
    }

    private static String html(String className, List<Tile> tiles, String ariaLabel, Function<Tile, String> href,
            boolean placed) {
        var codes = new HashSet<String>();
        var html = new Markup().open("div", "class", "siap-tile-board " + className, "role", "group", "aria-label", ariaLabel);
        for (var tile : tiles) {
            if (!codes.add(tile.code())) {
                throw new IllegalArgumentException("two tiles for " + tile.code());
            }
            String style = null;
            if (placed) {
                var position = ProvinceTileMap.POSITIONS.get(tile.code());
                if (position == null) {
                    throw new IllegalArgumentException("not a province code: " + tile.code());
                }
                style = "grid-row:" + position.row() + ";grid-column:" + position.column();
            }
            html.open("a", "class", "siap-tile " + tile.variant(), "href", href.apply(tile), "router-link", "",
                    "data-code", tile.code(), "aria-label", tile.accessibleName(),
                    "aria-description", tile.tooltip().isEmpty() ? null : tile.tooltip(), "data-tip", tile.tooltipText(),
                    "style", style)
                    .element("span", tile.shortLabel(), "class", "siap-tile-label", "aria-hidden", "true")
                    .element("span", tile.valueText(), "class", "siap-tile-value", "aria-hidden", "true")
                    .close("a");
        }
        return html.close("div").toString();
    }
}

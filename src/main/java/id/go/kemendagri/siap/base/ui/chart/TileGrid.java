package id.go.kemendagri.siap.base.ui.chart;

/**
 * Tiles in reading order that wrap to the width (a province's kabupaten/kota, for instance); same API as
 * {@link ProvinceTileMap}.
 */
public final class TileGrid extends TileBoard {

    public TileGrid() {
        super("siap-tile-grid", "");
        setAriaLabel(getTranslation("chart.tiles.grid"));
    }
}

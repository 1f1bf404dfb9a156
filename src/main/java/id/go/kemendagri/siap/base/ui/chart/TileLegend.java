package id.go.kemendagri.siap.base.ui.chart;

import java.util.List;

import id.go.kemendagri.siap.base.ui.Markup;

/** The colour key of a tile board as HTML: a swatch in each variant's colours and its label. */
public final class TileLegend {

    /** A variant (CSS class, as in {@link Tile#variant()}) and what it means ("Siap (≥ 80%)"). */
    public record Entry(String variant, String label) {
    }

    private TileLegend() {
    }

    public static String html(List<Entry> entries, String ariaLabel) {
        var html = new Markup().open("div", "class", "siap-tile-legend", "role", "list", "aria-label", ariaLabel);
        for (var entry : entries) {
            html.open("div", "class", "siap-tile-legend-item", "role", "listitem")
                    .element("span", "", "class", "siap-tile-swatch " + entry.variant(), "aria-hidden", "true")
                    .element("span", entry.label())
                    .close("div");
        }
        return html.close("div").toString();
    }
}

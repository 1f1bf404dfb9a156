package id.go.kemendagri.siap.base.ui.chart;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The colour key of a tile board: a swatch in each variant's colours and its label. */
@StyleSheet(ChartCard.STYLES)
public class TileLegend extends Div {

    /** A variant (CSS class, as in {@link Tile#variant()}) and what it means ("Siap (≥ 80%)"). */
    public record Entry(String variant, String label) {
    }

    public TileLegend(Entry... entries) {
        addClassName("siap-tile-legend");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("chart.tiles.legend"));
        setEntries(List.of(entries));
    }

    public void setEntries(List<Entry> entries) {
        removeAll();
        for (var entry : entries) {
            var swatch = new Span();
            swatch.addClassNames("siap-tile-swatch", entry.variant());
            swatch.getElement().setAttribute("aria-hidden", "true");
            var item = new Div(swatch, new Span(entry.label()));
            item.addClassName("siap-tile-legend-item");
            item.getElement().setAttribute("role", "listitem");
            add(item);
        }
    }
}

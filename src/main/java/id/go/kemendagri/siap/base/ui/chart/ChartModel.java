package id.go.kemendagri.siap.base.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, independent of ECharts: build one on the server and give it to
 * {@link EChart#setModel} or {@link ChartCard#setModel}.
 *
 * @param kind       bar, horizontal bar, stacked bar or donut (a donut uses the first series only)
 * @param title      what the chart is about: the table's caption, the start of the chart's aria-label
 * @param categories the labels along the category axis (region names, bands, months)
 * @param series     one or more series, each with one value per category
 * @param format     how values read in tooltips, the table and on the value axis
 */
public record ChartModel(ChartKind kind, String title, List<String> categories, List<ChartSeries> series,
        ValueFormat format) {

    public ChartModel {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        format = format == null ? ValueFormat.NUMBER : format;
        for (var one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public static ChartModel of(ChartKind kind, String title, List<String> categories, ValueFormat format,
            ChartSeries... series) {
        return new ChartModel(kind, title, categories, List.of(series), format);
    }

    /** The series the chart draws: all of them, or only the first for a donut. */
    public List<ChartSeries> drawnSeries() {
        return kind == ChartKind.DONUT && series.size() > 1 ? series.subList(0, 1) : series;
    }
}

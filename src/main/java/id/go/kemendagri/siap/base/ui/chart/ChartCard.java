package id.go.kemendagri.siap.base.ui.chart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.SpreadsheetCsv;
import id.go.kemendagri.siap.base.ui.Markup;


/**
 * A card with a heading, an {@link EChart} and the same numbers as a real HTML table ({@code <caption>},
 * {@code th scope}). The table is always in the page for screen readers, visually hidden until the
 * "Tampilkan tabel" button shows it; "Unduh CSV" downloads it (semicolon-separated, UTF-8 with BOM, numbers
 * in Indonesian notation as in the other exports).
 * <p>
 * Three server-side elements whatever the data: the heading, buttons and table are HTML written once per
 * {@link Drawing} (a screen in another session showing the same numbers shares the same strings), the CSV is a
 * {@code data:} link, and showing the table is done in the browser ({@link ChartScripts}), so that a card costs
 * the server almost nothing per open session (see "Heap kept per open session" in docs/performance.md).
 */
@StyleSheet(ChartCard.STYLES)
public class ChartCard extends Div {

    /** The style sheet of this package (cards, tiles, legend), loaded without a frontend build. */
    public static final String STYLES = "styles/chart.css";
    /** The class the browser puts on the card while its table is shown. */
    public static final String TABLE_SHOWN = "table-shown";
    static final String HIDDEN = "siap-visually-hidden";

    private final Div content = new Div();
    private final EChart chart = new EChart();
    private Drawing drawing;

    /** What a card shows: its HTML (heading, buttons, table) and the chart. */
    public record Drawing(String html, EChart.Drawing chart) {
    }

    /** The texts of a card: heading, the table's first column header and the CSV file's name (without ".csv"). */
    public record Labels(String heading, String categoryHeader, String fileName) {
    }

    public ChartCard() {
        addClassNames("card", "chart-card");
        content.addClassName("chart-card-content");
        add(content, chart);
    }

    public ChartCard(String heading, ChartModel model) {
        this();
        show(draw("card", new Labels(heading, null, null), model, getLocale(), this::getTranslation));
    }

    /** Shows a drawing (new numbers: the chart is merged in place, the table replaced). */
    public void show(Drawing next) {
        if (next.equals(drawing)) {
            return;
        }
        drawing = next;
        content.getElement().setProperty("innerHTML", next.html());
        chart.show(next.chart());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        ChartScripts.install(event.getUI());
    }

    /**
     * Draws a card. {@code id} tells the card's table apart on the page ({@code chart-table-<id>}); {@code words}
     * translates this package's keys ({@code chart.table.show}, ...), e.g. a component's {@code getTranslation}.
     */
    public static Drawing draw(String id, Labels labels, ChartModel model, Locale locale,
            java.util.function.Function<String, String> words) {
        var heading = labels.heading() == null ? "" : labels.heading();
        var categoryHeader = labels.categoryHeader() != null ? labels.categoryHeader() : words.apply("chart.table.category");
        var tableId = "chart-table-" + id;
        var html = new Markup();
        html.open("div", "class", "chart-card-head").element("h3", heading, "class", "chart-card-heading")
                .open("div", "class", "chart-card-actions")
                .open("vaadin-button", "theme", "tertiary small", "class", "chart-table-toggle", "aria-controls", tableId,
                        "aria-expanded", "false", "data-siap-toggle", "table")
                .element("span", words.apply("chart.table.show"), "class", "when-hidden")
                .element("span", words.apply("chart.table.hide"), "class", "when-shown")
                .close("vaadin-button")
                .element("a", words.apply("chart.csv"), "class", "chart-csv", "download", fileName(labels) + ".csv",
                        "href", "data:text/csv;charset=utf-8," + java.net.URLEncoder.encode(
                                new String(csv(model, categoryHeader, locale), StandardCharsets.UTF_8),
                                StandardCharsets.UTF_8).replace("+", "%20"))
                .close("div").close("div");
        html.open("div", "class", "chart-table-wrap").open("table", "id", tableId, "class", "chart-table")
                .element("caption", model.title().isBlank() ? heading : model.title())
                .open("thead").open("tr").element("th", categoryHeader, "scope", "col");
        for (var series : model.drawnSeries()) {
            html.element("th", series.name(), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (var c = 0; c < model.categories().size(); c++) {
            html.open("tr").element("th", model.categories().get(c), "scope", "row");
            for (var series : model.drawnSeries()) {
                html.element("td", model.format().format(series.values().get(c), locale));
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
        return new Drawing(html.toString(), EChart.Drawing.of(model, locale));
    }

    private static String fileName(Labels labels) {
        if (labels.fileName() != null) {
            return labels.fileName();
        }
        var heading = labels.heading() == null ? "" : labels.heading();
        var base = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return base.isEmpty() ? "grafik" : base;
    }

    /** The table as CSV: a header row, then one row per category. */
    static byte[] csv(ChartModel model, String categoryHeader, Locale locale) {
        var out = new ByteArrayOutputStream();
        var csv = SpreadsheetCsv.open(out);
        var header = new ArrayList<String>();
        header.add(categoryHeader);
        model.drawnSeries().forEach(series -> header.add(series.name()));
        csv.row(header);
        for (var c = 0; c < model.categories().size(); c++) {
            var record = new ArrayList<String>();
            record.add(model.categories().get(c));
            for (var series : model.drawnSeries()) {
                record.add(model.format().plain(series.values().get(c), locale));
            }
            csv.row(record);
        }
        csv.flush();
        return out.toByteArray();
    }
}

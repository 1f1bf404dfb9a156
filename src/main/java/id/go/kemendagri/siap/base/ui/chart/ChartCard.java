package id.go.kemendagri.siap.base.ui.chart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;

import id.go.kemendagri.siap.base.SpreadsheetCsv;
import lombok.Getter;

/**
 * A card with a heading, an ECharts chart and the same numbers as a real HTML table ({@code <caption>},
 * {@code th scope}): the Lit component {@code <siap-chart-card>} (frontend/components/siap-chart-card.js). The
 * table is always in the page for screen readers, visually hidden until the "Tampilkan tabel" button shows it;
 * "Unduh CSV" downloads it (semicolon-separated, UTF-8 with BOM, numbers in Indonesian notation as in the other
 * exports).
 * <p>
 * One server-side element whatever the data: what the card shows is a {@link Card} record made into JSON once
 * per {@link Drawing} (a screen in another session showing the same numbers shares the same JSON, see
 * {@link Feed}), the CSV is a {@code data:} link, and showing the table is done in the browser, which tells the
 * server with a {@link TableToggleEvent}.
 */
@Tag("siap-chart-card")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/siap-chart-card.js")
@StyleSheet(ChartCard.STYLES)
public class ChartCard extends Component implements HasStyle, HasSize {

    /** The style sheet of this package (cards, tiles, legend), loaded without a frontend build. */
    public static final String STYLES = "styles/chart.css";

    private Drawing drawing;
    /** Whether the user has the table shown (as the browser last said). */
    @Getter
    private boolean tableShown;

    /** A row of the table: the category, then one formatted value per series. */
    public record TableRow(String header, List<String> cells) {
    }

    /**
     * What {@code <siap-chart-card>} shows: {@code id} tells the card's table apart on the page
     * ({@code chart-table-<id>}), {@code option} is the chart's option as JSON text and {@code summary} what a
     * screen reader hears for the chart.
     */
    public record Card(String id, String heading, String caption, List<String> headers, List<TableRow> rows,
            String option, String summary, String csvName, String csvHref, String showTable, String hideTable,
            String csvLabel) {
    }

    /** What a card shows, made once for every card showing it: the record and its JSON. */
    public record Drawing(Card card, Feed feed) {

        public static Drawing of(Card card) {
            return new Drawing(card, Feed.bean(card));
        }
    }

    /** The texts of a card: heading, the table's first column header and the CSV file's name (without ".csv"). */
    public record Labels(String heading, String categoryHeader, String fileName) {
    }

    public ChartCard() {
        addClassNames("card", "chart-card");
        addListener(TableToggleEvent.class, event -> tableShown = event.shown());
    }

    public ChartCard(String heading, ChartModel model) {
        this();
        show(draw("card", new Labels(heading, null, null), model, getLocale(), this::getTranslation));
    }

    /** Shows a drawing (new numbers: the chart is merged in place, the table replaced, a shown table stays shown). */
    public void show(Drawing next) {
        if (next == drawing) {
            return;
        }
        drawing = next;
        next.feed().into(this, "card");
    }

    public Drawing drawing() {
        return drawing;
    }

    /** "Tampilkan tabel" or "Sembunyikan tabel" pressed: the table is shown or hidden now. */
    @DomEvent("siap-table-toggle")
    public static class TableToggleEvent extends ComponentEvent<ChartCard> {

        private final boolean shown;

        public TableToggleEvent(ChartCard source, boolean fromClient, @EventData("event.detail.shown") boolean shown) {
            super(source, fromClient);
            this.shown = shown;
        }

        public boolean shown() {
            return shown;
        }
    }

    /**
     * Draws a card. {@code id} tells the card's table apart on the page ({@code chart-table-<id>}); {@code words}
     * translates this package's keys ({@code chart.table.show}, ...), e.g. a component's {@code getTranslation}.
     */
    public static Drawing draw(String id, Labels labels, ChartModel model, Locale locale,
            java.util.function.Function<String, String> words) {
        var heading = labels.heading() == null ? "" : labels.heading();
        var categoryHeader = labels.categoryHeader() != null ? labels.categoryHeader() : words.apply("chart.table.category");
        var headers = new ArrayList<String>();
        headers.add(categoryHeader);
        model.drawnSeries().forEach(series -> headers.add(series.name()));
        var rows = new ArrayList<TableRow>(model.categories().size());
        for (var c = 0; c < model.categories().size(); c++) {
            var cells = new ArrayList<String>();
            for (var series : model.drawnSeries()) {
                cells.add(model.format().format(series.values().get(c), locale));
            }
            rows.add(new TableRow(model.categories().get(c), List.copyOf(cells)));
        }
        var chart = EChart.Drawing.of(model, locale);
        var csvHref = "data:text/csv;charset=utf-8," + java.net.URLEncoder.encode(
                new String(csv(model, categoryHeader, locale), StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Drawing.of(new Card(id, heading, model.title().isBlank() ? heading : model.title(), List.copyOf(headers),
                List.copyOf(rows), chart.option(), chart.summary(), fileName(labels) + ".csv", csvHref,
                words.apply("chart.table.show"), words.apply("chart.table.hide"), words.apply("chart.csv")));
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

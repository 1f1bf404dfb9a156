package id.go.kemendagri.siap.base.ui.chart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A card with a heading, an {@link EChart} and the same numbers as a real HTML table ({@code <caption>},
 * {@code th scope}). The table is always in the page for screen readers, visually hidden until the
 * "Tampilkan tabel" button shows it; "Unduh CSV" downloads it (semicolon-separated, UTF-8 with BOM, numbers
 * in Indonesian notation as in the other exports).
 */
@StyleSheet(ChartCard.STYLES)
public class ChartCard extends Div {

    /** The style sheet of this package (cards, tiles, legend), loaded without a frontend build. */
    public static final String STYLES = "styles/chart.css";
    static final String HIDDEN = "siap-visually-hidden";
    private static final AtomicLong IDS = new AtomicLong();

    private final H3 heading = new H3();
    private final EChart chart = new EChart();
    private final NativeTable table = new NativeTable();
    private final Div tableWrap = new Div(table);
    private final Button toggle = new Button();
    private final Anchor csv;
    private String categoryHeader;
    private String fileName;
    private boolean tableVisible;

    public ChartCard(String heading) {
        addClassNames("card", "chart-card");
        this.heading.setText(heading);
        this.heading.addClassName("chart-card-heading");
        var tableId = "chart-table-" + IDS.incrementAndGet();
        table.setId(tableId);
        table.addClassName("chart-table");
        // The wrapper hides the table (a table ignores the 1 px box) and scrolls it sideways when narrow.
        tableWrap.addClassNames("chart-table-wrap", HIDDEN);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-table-toggle");
        toggle.getElement().setAttribute("aria-controls", tableId);
        toggle.addClickListener(event -> setTableVisible(!tableVisible));
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var model = chart.getModel() != null ? chart.getModel()
                    : new ChartModel(ChartKind.BAR, this.heading.getText(), List.of(), List.of(), null);
            var bytes = csv(model, categoryHeader(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("chart.csv"));
        csv.addClassName("chart-csv");
        var actions = new Div(toggle, csv);
        actions.addClassName("chart-card-actions");
        var head = new Div(this.heading, actions);
        head.addClassName("chart-card-head");
        add(head, chart, tableWrap);
        updateToggle();
    }

    public ChartCard(String heading, ChartModel model) {
        this(heading);
        setModel(model);
    }

    /** Shows new numbers: the chart is merged in place, the table refilled. */
    public void setModel(ChartModel model) {
        chart.setModel(model);
        fillTable(model);
    }

    public ChartModel getModel() {
        return chart.getModel();
    }

    public EChart getChart() {
        return chart;
    }

    public void setHeading(String text) {
        heading.setText(text);
    }

    /** The header of the table's first column (default "Kategori"/"Category"), e.g. "Provinsi". */
    public void setCategoryHeader(String header) {
        this.categoryHeader = header;
        if (getModel() != null) {
            fillTable(getModel());
        }
    }

    /** The CSV file's name without ".csv"; by default made from the heading ({@code kesiapan-per-provinsi}). */
    public void setFileName(String baseName) {
        this.fileName = baseName;
    }

    public boolean isTableVisible() {
        return tableVisible;
    }

    public void setTableVisible(boolean visible) {
        tableVisible = visible;
        tableWrap.setClassName(HIDDEN, !visible);
        updateToggle();
    }

    NativeTable table() {
        return table;
    }

    Div tableWrap() {
        return tableWrap;
    }

    Button toggle() {
        return toggle;
    }

    Anchor csvLink() {
        return csv;
    }

    private void updateToggle() {
        toggle.setText(getTranslation(tableVisible ? "chart.table.hide" : "chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(tableVisible));
    }

    private String categoryHeader() {
        return categoryHeader != null ? categoryHeader : getTranslation("chart.table.category");
    }

    private String fileName() {
        if (fileName != null) {
            return fileName;
        }
        var base = Normalizer.normalize(heading.getText(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return base.isEmpty() ? "grafik" : base;
    }

    private void fillTable(ChartModel model) {
        var locale = getLocale();
        table.setCaptionText(model.title().isBlank() ? heading.getText() : model.title());
        var head = table.getHead();
        head.removeAllRows();
        var headRow = head.addRow();
        scoped(headRow.addHeaderCell(), "col").setText(categoryHeader());
        for (var series : model.drawnSeries()) {
            scoped(headRow.addHeaderCell(), "col").setText(series.name());
        }
        var body = table.getBody();
        body.removeAllRows();
        for (var c = 0; c < model.categories().size(); c++) {
            var row = body.addRow();
            scoped(row.addHeaderCell(), "row").setText(model.categories().get(c));
            for (var series : model.drawnSeries()) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(model.format().format(series.values().get(c), locale));
            }
        }
    }

    private static NativeTableHeaderCell scoped(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    /** The table as CSV: a header row, then one row per category. */
    static byte[] csv(ChartModel model, String categoryHeader, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            var printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(writer);
            var header = new ArrayList<String>();
            header.add(categoryHeader);
            model.drawnSeries().forEach(series -> header.add(series.name()));
            printer.printRecord(header);
            for (var c = 0; c < model.categories().size(); c++) {
                var record = new ArrayList<String>();
                record.add(model.categories().get(c));
                for (var series : model.drawnSeries()) {
                    record.add(model.format().plain(series.values().get(c), locale));
                }
                printer.printRecord(record);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

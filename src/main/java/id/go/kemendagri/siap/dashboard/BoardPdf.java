package id.go.kemendagri.siap.dashboard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

import id.go.kemendagri.siap.dashboard.ReportSection.Id;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/**
 * The board as an A4 PDF for a meeting: title, dates, the sections as tables whose header rows repeat
 * on every page, simple bar charts drawn with OpenPDF's graphics, and "Halaman X dari Y" in the footer
 * (stamped in a second pass, when the page count is known). The text is set in Liberation Sans, which
 * OpenPDF ships, embedded so that the report looks the same everywhere.
 */
final class BoardPdf {

    private static final String FONT_FILE = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color ACCENT = new Color(0x0b, 0x4f, 0x8a);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);
    private static final Color RULE = new Color(0xc9, 0xd1, 0xd9);
    private static final Color TRACK = new Color(0xee, 0xf1, 0xf4);
    private static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    private static final Color AMBER = new Color(0xe0, 0x9b, 0x00);
    private static final Color RED = new Color(0xc6, 0x28, 0x28);
    private static final Color GREY = new Color(0x9e, 0x9e, 0x9e);
    /** A text column wider than this may wrap when the table would not fit the line. */
    private static final float FLEXIBLE_FROM = 70;
    private static final float CELL_PADDING = 8;
    /** A section title starts a new page unless this much room is left under it. */
    private static final float MIN_ROOM = 140;

    private final Board board;
    private final ReportTexts t;
    private final BaseFont base;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font note;

    private BoardPdf(Board board, ReportTexts texts) {
        this.board = board;
        this.t = texts;
        this.base = font();
        this.body = new Font(base, 8, Font.NORMAL, INK);
        this.bold = new Font(base, 8, Font.BOLD, INK);
        this.small = new Font(base, 8, Font.NORMAL, MUTED);
        this.note = new Font(base, 9, Font.NORMAL, MUTED);
    }

    static byte[] write(Board board, ReportTexts texts, Instant generatedAt, boolean demo) {
        var pdf = new BoardPdf(board, texts);
        return pdf.footers(pdf.pages(generatedAt, demo));
    }

    private byte[] pages(Instant generatedAt, boolean demo) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 40, 50);
        var writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        var title = ReportSections.title(board, t);
        document.addTitle(title);
        document.addSubject(t.text("board.report.subject"));
        document.addCreator("SIAP Pilkada");
        document.open();

        var heading = new Paragraph(title, new Font(base, 16, Font.BOLD, ACCENT));
        heading.setSpacingAfter(4);
        document.add(heading);
        document.add(new Paragraph(t.text("board.report.data-as-of", t.date(board.today())) + "  ·  "
                + t.text("board.report.generated", t.dateTime(generatedAt)), note));
        document.add(new Paragraph(t.text("board.report.vote-date", t.date(board.voteDate())) + "  ·  "
                + t.text("board.report.thresholds", Long.toString(board.readyPercent()), Long.toString(board.lowBelow())),
                note));
        if (demo) {
            var warning = new PdfPTable(1);
            warning.setWidthPercentage(100);
            warning.setSpacingBefore(6);
            var cell = new PdfPCell(new Phrase(t.text("board.report.demo"), new Font(base, 9, Font.BOLD, RED)));
            cell.setBorderColor(RED);
            cell.setBackgroundColor(new Color(0xfd, 0xec, 0xea));
            cell.setPadding(5);
            warning.addCell(cell);
            document.add(warning);
        }

        var number = 0;
        for (var section : ReportSections.of(board, t)) {
            number++;
            if (writer.getVerticalPosition(false) - document.bottomMargin() < MIN_ROOM) {
                document.newPage();
            }
            var sectionTitle = new Paragraph(number + ". " + section.title(), new Font(base, 12, Font.BOLD, ACCENT));
            sectionTitle.setSpacingBefore(14);
            sectionTitle.setSpacingAfter(4);
            sectionTitle.setKeepTogether(true);
            document.add(sectionTitle);
            for (var line : section.notes()) {
                document.add(new Paragraph(line, note));
            }
            document.add(table(section, document.getPageSize().getWidth() - document.leftMargin()
                    - document.rightMargin()));
            charts(section.id()).forEach(chart -> add(document, writer, chart));
        }
        document.close();
        return out.toByteArray();
    }

    /** Second pass: "Halaman X dari Y" and the report's title and date on every page. */
    private byte[] footers(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var out = new ByteArrayOutputStream();
            var stamper = new PdfStamper(reader, out);
            var pages = reader.getNumberOfPages();
            var left = ReportSections.title(board, t) + " · " + t.text("board.report.data-as-of", t.date(board.today()));
            for (var page = 1; page <= pages; page++) {
                var size = reader.getPageSize(page);
                var content = stamper.getOverContent(page);
                content.setColorStroke(RULE);
                content.setLineWidth(0.5f);
                content.moveTo(40, 36);
                content.lineTo(size.getWidth() - 40, 36);
                content.stroke();
                ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(left, small), 40, 24, 0);
                ColumnText.showTextAligned(content, Element.ALIGN_RIGHT,
                        new Phrase(t.text("board.report.page", Integer.toString(page), Integer.toString(pages)), small),
                        size.getWidth() - 40, 24, 0);
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPTable table(ReportSection section, float available) {
        var columns = section.headers().size();
        var table = new PdfPTable(columns);
        table.setWidthPercentage(section.id() == Id.HEADLINE ? 75 : 100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setWidths(widths(section, available * table.getWidthPercentage() / 100));
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (var i = 0; i < columns; i++) {
            var cell = cell(section.headers().get(i), bold, alignment(section, i));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        if (section.rows().isEmpty()) {
            var cell = cell(t.text("board.report.empty"), small, Element.ALIGN_LEFT);
            cell.setColspan(columns);
            table.addCell(cell);
        }
        for (var row : section.rows()) {
            for (var value : row) {
                table.addCell(cell(t.cell(value), body, alignment(value)));
            }
        }
        return table;
    }

    /** Numbers right, text left; a header as its column's first value. */
    private static int alignment(ReportSection section, int column) {
        if (section.id() == Id.HEADLINE) {
            return Element.ALIGN_LEFT;
        }
        return alignment(section.rows().stream().map(row -> row.get(column)).filter(v -> v != null).findFirst()
                .orElse(null));
    }

    private static int alignment(Object value) {
        return value instanceof String || value == null ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
    }

    private PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    /**
     * Column widths in points: numbers, dates and short texts as wide as their widest cell (and the
     * longest word of their header); long texts (names, details) share the rest of the line and wrap.
     */
    private float[] widths(ReportSection section, float available) {
        var columns = section.headers().size();
        var natural = new float[columns];
        var flexible = new boolean[columns];
        for (var i = 0; i < columns; i++) {
            var widest = 0f;
            for (var word : section.headers().get(i).split("\\s+")) {
                widest = Math.max(widest, base.getWidthPoint(word, 8) * 1.05f);
            }
            var text = false;
            for (var row : section.rows()) {
                widest = Math.max(widest, base.getWidthPoint(t.cell(row.get(i)), 8));
                text |= row.get(i) instanceof String;
            }
            natural[i] = widest + CELL_PADDING;
            flexible[i] = text && natural[i] > FLEXIBLE_FROM;
        }
        float fixed = 0, wanted = 0;
        for (var i = 0; i < columns; i++) {
            if (flexible[i]) {
                wanted += natural[i];
            } else {
                fixed += natural[i];
            }
        }
        var left = available - fixed;
        if (wanted > left && left > 0) {
            for (var i = 0; i < columns; i++) {
                if (flexible[i]) {
                    natural[i] = Math.max(FLEXIBLE_FROM, left * natural[i] / wanted);
                }
            }
        }
        return natural;
    }

    /** A horizontal bar: {@code value} out of {@code max}, with its label and value written beside. */
    private record Bar(String label, double value, double max, String text, Color color) {
    }

    private record Chart(String caption, List<Bar> bars) {
    }

    private List<Chart> charts(Id section) {
        return switch (section) {
            case BANDS -> List.of(bandsChart());
            case FUNDS -> board.funds().isEmpty() ? List.of() : List.of(fundsChart());
            case HEADS -> List.of(headsChart());
            default -> List.of();
        };
    }

    private Chart bandsChart() {
        var total = board.bands().values().stream().mapToLong(Long::longValue).sum();
        var bars = new ArrayList<Bar>();
        for (var band : ReadinessBand.values()) {
            var count = board.bands().getOrDefault(band, 0L);
            var share = total == 0 ? 0 : Math.floor(1000.0 * count / total) / 10;
            bars.add(new Bar(t.text("board.report.band." + band) + " (" + ReportSections.range(board, band, t) + ")",
                    count, total, t.number(count) + " · " + t.percent(share, 1), color(band)));
        }
        return new Chart(t.text("board.report.bands.chart"), bars);
    }

    private Chart fundsChart() {
        var bars = new ArrayList<Bar>();
        for (var funds : board.funds()) {
            var percent = funds.disbursedPercent();
            bars.add(new Bar(t.text("budget.recipient." + funds.recipient()), percent, 100,
                    t.text("board.report.funds.bar", t.percent(percent, 1), t.moneyShort(funds.disbursed()),
                            t.moneyShort(funds.agreed())),
                    percent >= 100 ? GREEN : percent >= 40 ? AMBER : RED));
        }
        return new Chart(t.text("board.report.funds.chart"), bars);
    }

    private Chart headsChart() {
        var heads = board.heads();
        var categories = heads.byCategory().values().stream().mapToLong(Long::longValue).sum();
        var bands = heads.byBand().values().stream().mapToLong(Long::longValue).sum();
        var bars = new ArrayList<Bar>();
        var categoryColors = List.of(GREEN, AMBER, RED);
        for (var category : EvaluationCategory.values()) {
            var count = heads.byCategory().getOrDefault(category, 0L);
            bars.add(new Bar(t.text("board.report.heads.category") + ": " + t.text("leadership.category." + category),
                    count, categories, t.number(count), categoryColors.get(category.ordinal())));
        }
        var bandColors = List.of(RED, AMBER, GREEN);
        for (var band : NeutralityBand.values()) {
            var count = heads.byBand().getOrDefault(band, 0L);
            bars.add(new Bar(t.text("board.report.heads.neutrality") + ": " + t.text("leadership.band." + band),
                    count, bands, t.number(count), bandColors.get(band.ordinal())));
        }
        return new Chart(t.text("board.report.heads.chart"), bars);
    }

    private static Color color(ReadinessBand band) {
        return switch (band) {
            case READY -> GREEN;
            case MEDIUM -> AMBER;
            case LOW -> RED;
            case NONE -> GREY;
        };
    }

    /** Draws a chart on a template and adds it to the flow as an image, kept on one page. */
    private void add(Document document, PdfWriter writer, Chart chart) {
        var width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        var rowHeight = 16f;
        var top = 16f;
        var height = top + rowHeight * chart.bars().size() + 4;
        var labelWidth = 150f;
        var textWidth = 150f;
        var barWidth = width - labelWidth - textWidth - 8;
        var template = writer.getDirectContent().createTemplate(width, height);
        template.beginText();
        template.setFontAndSize(base, 8);
        template.setColorFill(MUTED);
        template.showTextAligned(Element.ALIGN_LEFT, chart.caption(), 0, height - 10, 0);
        template.endText();
        var y = height - top - rowHeight;
        for (var bar : chart.bars()) {
            template.setColorFill(TRACK);
            template.rectangle(labelWidth, y + 3, barWidth, rowHeight - 6);
            template.fill();
            var length = bar.max() <= 0 ? 0 : (float) (barWidth * Math.min(1, bar.value() / bar.max()));
            if (length > 0) {
                template.setColorFill(bar.color());
                template.rectangle(labelWidth, y + 3, Math.max(length, 1), rowHeight - 6);
                template.fill();
            }
            template.beginText();
            template.setFontAndSize(base, 8);
            template.setColorFill(INK);
            template.showTextAligned(Element.ALIGN_LEFT, clip(bar.label(), labelWidth - 6), 0, y + 5, 0);
            template.showTextAligned(Element.ALIGN_LEFT, clip(bar.text(), textWidth), labelWidth + barWidth + 6, y + 5, 0);
            template.endText();
            y -= rowHeight;
        }
        var image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_LEFT);
        image.setSpacingBefore(2);
        image.setSpacingAfter(6);
        image.setBorder(Rectangle.NO_BORDER);
        document.add(image);
    }

    private String clip(String text, float width) {
        if (base.getWidthPoint(text, 8) <= width) {
            return text;
        }
        var shorter = text;
        while (!shorter.isEmpty() && base.getWidthPoint(shorter + "…", 8) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(FONT_FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FONT_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() {
        try (var in = BaseFont.class.getClassLoader().getResourceAsStream(FONT_FILE)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's fallback font " + FONT_FILE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

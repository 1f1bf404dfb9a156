package id.go.kemendagri.siap.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.go.kemendagri.siap.dashboard.ReportSection.Money;
import id.go.kemendagri.siap.dashboard.ReportSection.Percent;

/**
 * The board as a workbook with one sheet per section: a title row with the scope and date, notes, a
 * bold frozen header row, then real numbers (counts, Rupiah, percentages) and dates with formats, so
 * the figures can be summed and charted further.
 */
final class BoardXlsx {

    /** Widest column, in characters. */
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportTexts t;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle count;
    private final CellStyle money;
    private final CellStyle percent0;
    private final CellStyle percent1;
    private final CellStyle date;

    private BoardXlsx(ReportTexts texts) {
        this.t = texts;
        var format = workbook.createDataFormat();
        var titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        var boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        count = style(format.getFormat("#,##0"));
        money = style(format.getFormat("\"Rp\"#,##0"));
        percent0 = style(format.getFormat("0%"));
        percent1 = style(format.getFormat("0.0%"));
        // [$-421] asks the spreadsheet for Indonesian month names whatever its own language.
        date = style(format.getFormat(texts.english() ? "d mmmm yyyy" : "[$-421]d mmmm yyyy"));
    }

    static byte[] write(Board board, ReportTexts texts, Instant generatedAt, boolean demo) {
        var xlsx = new BoardXlsx(texts);
        try (var workbook = xlsx.workbook) {
            var title = ReportSections.title(board, texts) + " · "
                    + texts.text("board.report.data-as-of", texts.date(board.today()));
            var generated = texts.text("board.report.generated", texts.dateTime(generatedAt));
            for (var section : ReportSections.of(board, texts)) {
                xlsx.sheet(section, title, demo ? generated + " · " + texts.text("board.report.demo") : generated);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle style(short dataFormat) {
        var style = workbook.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }

    private void sheet(ReportSection section, String reportTitle, String generated) {
        var sheet = workbook.createSheet(section.sheet());
        var columns = section.headers().size();
        var index = 0;
        text(sheet, index++, reportTitle, title, columns);
        text(sheet, index++, section.title(), header, columns);
        text(sheet, index++, generated, null, columns);
        for (var line : section.notes()) {
            text(sheet, index++, line, null, columns);
        }
        index++;
        var headerRow = sheet.createRow(index++);
        for (var i = 0; i < columns; i++) {
            var cell = headerRow.createCell(i);
            cell.setCellValue(section.headers().get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, index);
        if (section.rows().isEmpty()) {
            sheet.createRow(index).createCell(0).setCellValue(t.text("board.report.empty"));
        }
        for (var values : section.rows()) {
            var row = sheet.createRow(index++);
            for (var i = 0; i < values.size(); i++) {
                value(row, i, values.get(i));
            }
        }
        fit(sheet, section);
    }

    /**
     * Sizes each column to its longest value as displayed, header included.
     * Counted in characters rather than with POI's autoSizeColumn, which needs the fonts of a desktop.
     */
    private void fit(Sheet sheet, ReportSection section) {
        for (var i = 0; i < section.headers().size(); i++) {
            var widest = section.headers().get(i).length();
            for (var row : section.rows()) {
                widest = Math.max(widest, t.cell(row.get(i)).length());
            }
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widest + 3) * 256);
        }
    }

    /** A line of text over the table's width (merged, so it does not widen the first column). */
    private static void text(Sheet sheet, int index, String text, CellStyle style, int columns) {
        var cell = sheet.createRow(index).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        }
    }

    private void value(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        switch (value) {
            case String text -> cell.setCellValue(text);
            case Long number -> {
                cell.setCellValue(number);
                cell.setCellStyle(count);
            }
            case Money amount -> {
                cell.setCellValue(amount.amount());
                cell.setCellStyle(money);
            }
            case Percent share -> {
                cell.setCellValue(share.value() / 100);
                cell.setCellStyle(share.decimals() == 0 ? percent0 : percent1);
            }
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            default -> cell.setCellValue(value.toString());
        }
    }
}

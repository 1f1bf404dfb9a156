package id.go.kemendagri.siap.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.base.SpreadsheetCsv;

/**
 * Writes the grid's filtered rows (all of them, read a page at a time) to XLSX or CSV with the headers
 * in the user's language. XLSX keeps real numbers and dates with Rupiah and percent formats; CSV is
 * written as Indonesian spreadsheets open it (semicolons, a byte-order mark, 1.234.567 and 45,5) through
 * {@link SpreadsheetCsv}, which keeps a text such as an NPHD number from being run as a formula.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetExport {

    static final int PAGE = 500;
    static final List<String> HEADERS = List.of("code", "region", "province", "recipient", "stage", "scheme",
            "proposed", "agreed", "nphd-number", "signed-on", "disbursed", "percent", "band", "late", "tranche1-due",
            "tranche2-due");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final BudgetOverview overview;
    private final BudgetProperties rules;

    /** @param label translates a key such as {@code budget.column.agreed} or {@code budget.stage.SIGNED} */
    public void xlsx(GrantFilter filter, Function<String, String> label, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet(label.apply("budget.export.sheet"));
            var format = workbook.createDataFormat();
            var money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("\"Rp\"#,##0"));
            var percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            var date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("dd-mm-yyyy"));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var header = sheet.createRow(0);
            for (var i = 0; i < HEADERS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(label.apply("budget.column." + HEADERS.get(i)));
                cell.setCellStyle(bold);
            }
            var index = new int[] {1};
            each(filter, row -> {
                var line = sheet.createRow(index[0]++);
                var c = 0;
                line.createCell(c++).setCellValue(row.regionCode());
                line.createCell(c++).setCellValue(row.regionName());
                line.createCell(c++).setCellValue(row.provinceName());
                line.createCell(c++).setCellValue(label.apply("budget.recipient." + row.recipient()));
                line.createCell(c++).setCellValue(label.apply("budget.stage." + row.stage()));
                line.createCell(c++).setCellValue(rules.state(label.apply("budget.scheme." + row.scheme()), Locale.ROOT));
                number(line, c++, row.proposed(), money);
                number(line, c++, row.agreed(), money);
                line.createCell(c++).setCellValue(row.nphdNumber() == null ? "" : row.nphdNumber());
                date(line, c++, row.signedOn(), date);
                number(line, c++, row.disbursed(), money);
                var share = share(row);
                if (share != null) {
                    var cell = line.createCell(c);
                    cell.setCellValue(share.doubleValue() / 100);
                    cell.setCellStyle(percent);
                }
                c++;
                line.createCell(c++).setCellValue(row.band() == null ? "" : label.apply("budget.band." + row.band()));
                line.createCell(c++).setCellValue(row.late() ? label.apply("budget.export.yes") : "");
                date(line, c++, row.tranche1Due(), date);
                date(line, c, row.tranche2Due(), date);
            });
            for (var i = 0; i < 3; i++) {
                sheet.setColumnWidth(i, i == 0 ? 10 * 256 : 32 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void csv(GrantFilter filter, Function<String, String> label, Locale locale, OutputStream out) {
        var csv = SpreadsheetCsv.open(out);
        csv.row(HEADERS.stream().map(h -> label.apply("budget.column." + h)).toList());
        each(filter, row -> {
            var share = share(row);
            csv.row(row.regionCode(), row.regionName(), row.provinceName(),
                    label.apply("budget.recipient." + row.recipient()), label.apply("budget.stage." + row.stage()),
                    rules.state(label.apply("budget.scheme." + row.scheme()), locale), amount(row.proposed(), locale),
                    amount(row.agreed(), locale), row.nphdNumber(), csvDate(row.signedOn()),
                    amount(row.disbursed(), locale),
                    share == null ? "" : java.text.NumberFormat.getNumberInstance(Formats.normalise(locale)).format(share),
                    row.band() == null ? "" : label.apply("budget.band." + row.band()),
                    row.late() ? label.apply("budget.export.yes") : "", csvDate(row.tranche1Due()),
                    csvDate(row.tranche2Due()));
        });
        csv.flush();
    }

    private void each(GrantFilter filter, Consumer<GrantRow> consumer) {
        for (var number = 0;; number++) {
            var page = overview.page(filter, PageRequest.of(number, PAGE));
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Percent disbursed with one decimal, rounded down; null when nothing was agreed. */
    static BigDecimal share(GrantRow row) {
        if (row.agreed() == null || row.agreed() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(row.disbursed()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(row.agreed()), 1, RoundingMode.DOWN);
    }

    private static void number(Row row, int column, Long value, CellStyle style) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static String amount(Long value, Locale locale) {
        return value == null ? "" : Formats.number(value, locale);
    }

    private static String csvDate(LocalDate date) {
        return date == null ? "" : CSV_DATE.format(date);
    }
}

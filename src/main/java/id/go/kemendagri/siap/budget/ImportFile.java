package id.go.kemendagri.siap.budget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the rows of an uploaded XLSX (first sheet) or CSV (comma or semicolon, UTF-8 with or without a
 * byte-order mark) into text by column name, with the line numbers a spreadsheet shows. Blank rows are
 * skipped. Problems with the file as a whole come back as translation keys.
 */
final class ImportFile {

    record Line(int number, Map<String, String> values) {
        String get(String column) {
            var value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    record Content(List<Line> lines, List<String> errors) {
        static Content error(String key) {
            return new Content(List.of(), List.of(key));
        }
    }

    private ImportFile() {
    }

    static Content read(String fileName, byte[] bytes, List<String> columns, int maxRows) {
        if (bytes.length == 0) {
            return Content.error("budget.import.error.empty");
        }
        var isZip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            List<List<String>> table;
            if (isZip || name.endsWith(".xlsx")) {
                table = xlsx(bytes, maxRows + 2);
            } else {
                table = csv(bytes, maxRows + 2);
            }
            return lines(table, columns, maxRows);
        } catch (IOException | RuntimeException e) {
            // A corrupted or disguised file: POI and Commons CSV fail in many ways, all meaning "cannot read".
            return Content.error("budget.import.error.unreadable");
        }
    }

    private static Content lines(List<List<String>> table, List<String> columns, int maxRows) {
        if (table.isEmpty()) {
            return Content.error("budget.import.error.empty");
        }
        var header = table.getFirst().stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(columns)) {
            return Content.error("budget.import.error.columns");
        }
        var lines = new ArrayList<Line>();
        for (var i = 1; i < table.size(); i++) {
            var cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            var values = new HashMap<String, String>();
            for (var c = 0; c < header.size() && c < cells.size(); c++) {
                values.put(header.get(c), cells.get(c));
            }
            lines.add(new Line(i + 1, values));
        }
        if (lines.size() > maxRows) {
            return Content.error("budget.import.error.too-many-rows");
        }
        if (lines.isEmpty()) {
            return Content.error("budget.import.error.empty");
        }
        return new Content(lines, List.of());
    }

    /** Keeps reading at most {@code limit} rows so that a huge sheet is refused without being held in full. */
    private static List<List<String>> xlsx(byte[] bytes, int limit) throws IOException {
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            var table = new ArrayList<List<String>>();
            for (var r = 0; r <= sheet.getLastRowNum() && table.size() < limit; r++) {
                var row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (var c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                table.add(cells);
            }
            return table;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                var value = BigDecimal.valueOf(cell.getNumericCellValue());
                yield value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
            }
            default -> "";
        };
    }

    private static List<List<String>> csv(byte[] bytes, int limit) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IOException("binary content");
        }
        var firstLine = text.lines().findFirst().orElse("");
        var delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        var table = new ArrayList<List<String>>();
        try (var parser = format.parse(new StringReader(text))) {
            for (var record : parser) {
                table.add(record.toList());
                if (table.size() >= limit) {
                    break;
                }
            }
        }
        return table;
    }

}

package id.go.kemendagri.siap.budget;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * Reads the rows of an uploaded XLSX (first sheet) or CSV (comma or semicolon) into text by column name, with
 * the line numbers a spreadsheet shows. Blank rows are skipped. Problems with the file as a whole come back as
 * translation keys.
 * <p>
 * Nothing here holds more than the limits allow: an XLSX is read as a stream of SAX events (POI's event API,
 * never the whole workbook in memory) from a temporary file, behind POI's zip-bomb guard (set up by
 * {@link BudgetImport}), and reading stops at the first row or cell past the limits. A CSV must be UTF-8 (with or
 * without a byte-order mark); a file that is not valid UTF-8 is read as Windows-1252 (the superset of Latin-1
 * that Excel writes on Windows) when every byte is a character there, and refused otherwise, so that a
 * character is never stored broken.
 */
final class ImportFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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

    /**
     * @param maxRows  most data rows
     * @param maxCells most cells (header included) the reader goes through before it refuses the file
     */
    record Limits(int maxRows, int maxCells) {
    }

    /** The file is refused as a whole, for the reason the key gives. */
    private static final class Refused extends RuntimeException {
        final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    /** Reading stops here: the rows after it only tell that the file has too many. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    private ImportFile() {
    }

    static Content read(String fileName, byte[] bytes, List<String> columns, Limits limits) {
        if (bytes.length == 0) {
            return Content.error("budget.import.error.empty");
        }
        var isZip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            List<List<String>> table;
            if (isZip || name.endsWith(".xlsx")) {
                table = xlsx(bytes, limits);
            } else {
                table = csv(bytes, limits);
            }
            return lines(table, columns, limits.maxRows());
        } catch (Exception e) {
            // A corrupted or disguised file: POI and Commons CSV fail in many ways, all meaning "cannot read",
            // unless the reason is one of the limits or the zip-bomb guard.
            return Content.error(reason(e));
        }
    }

    private static String reason(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return refused.key;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
                return "budget.import.error.bomb";
            }
        }
        return "budget.import.error.unreadable";
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

    /**
     * The first sheet as a stream of SAX events, from a temporary file (so that POI opens it as a zip file and
     * inflates only the parts it reads), keeping at most {@code maxRows + 2} rows.
     */
    private static List<List<String>> xlsx(byte[] bytes, Limits limits) throws Exception {
        var temp = Files.createTempFile("siap-import-", ".xlsx");
        try {
            Files.write(temp, bytes);
            try (var pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                var table = new Table(limits);
                try (var sheet = sheets.next()) {
                    var xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, table,
                            new PlainFormatter(), false));
                    xml.parse(new InputSource(sheet));
                } catch (EnoughRows e) {
                    // the rows read are enough to tell that there are too many
                } catch (org.xml.sax.SAXException | RuntimeException e) {
                    if (!(rootOf(e) instanceof EnoughRows)) {
                        throw e;
                    }
                }
                return table.rows;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Throwable rootOf(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return e instanceof org.xml.sax.SAXException sax && sax.getException() != null ? sax.getException() : cause;
    }

    /** Rows of a sheet as text, with missing rows and cells filled in as blanks so that line numbers hold. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class Table implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        private final Limits limits;
        private List<String> current;
        private int cells;

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= limits.maxRows() + 2) {
                throw new EnoughRows();
            }
            while (rows.size() < rowNum) {
                rows.add(List.of());
            }
            current = new ArrayList<>();
            rows.add(current);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (++cells > limits.maxCells()) {
                throw new Refused("budget.import.error.too-many-cells");
            }
            if (current == null) {
                return;
            }
            var column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= limits.maxCells()) {
                throw new Refused("budget.import.error.too-many-cells");
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }

    /** Numbers as plain digits and dates as ISO dates, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            var number = BigDecimal.valueOf(value);
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                    : number.stripTrailingZeros().toPlainString();
        }
    }

    private static List<List<String>> csv(byte[] bytes, Limits limits) throws IOException {
        var text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new IOException("binary content");
        }
        var firstLine = text.lines().findFirst().orElse("");
        var delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        var table = new ArrayList<List<String>>();
        var cells = 0;
        try (var parser = format.parse(new StringReader(text))) {
            for (var record : parser) {
                cells += record.size();
                if (cells > limits.maxCells()) {
                    throw new Refused("budget.import.error.too-many-cells");
                }
                table.add(record.toList());
                if (table.size() >= limits.maxRows() + 2) {
                    break;
                }
            }
        }
        return table;
    }

    /**
     * UTF-8 (a byte-order mark is dropped); otherwise Windows-1252 when every byte is a character there (a
     * Latin-1 "Pémda" stays "Pémda"); UTF-16 and anything else is refused with a message naming UTF-8.
     */
    static String decode(byte[] bytes) {
        var offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            throw new Refused("budget.import.error.charset");
        }
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            if (offset > 0) {
                throw new Refused("budget.import.error.charset");
            }
            try {
                return strict(WINDOWS_1252).decode(buffer.rewind()).toString();
            } catch (CharacterCodingException notWindows) {
                throw new Refused("budget.import.error.charset");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

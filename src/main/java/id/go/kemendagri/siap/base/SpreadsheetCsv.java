package id.go.kemendagri.siap.base;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the application writes CSV: as Indonesian spreadsheets open it (UTF-8 with a byte-order mark,
 * semicolons, CRLF) and safe to open. A text cell that a spreadsheet would read as a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return or a null character first, OWASP's list, and the
 * full-width forms that some spreadsheets accept too) gets a leading apostrophe, so that {@code =HYPERLINK(...)} saved as an NPHD
 * number is shown, not run. Numbers stay numbers: a cell that is only a number as the exports write it
 * ({@code -1.234.567}, {@code 45,5}, {@code 82.5%}) is left alone, a minus sign included.
 */
public final class SpreadsheetCsv implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    /** A number as {@link Formats} writes it, in either language, with an optional sign and percent. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*%?");
    private static final String FORMULA_STARTS = "=+-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20";

    private final OutputStreamWriter writer;
    private final CSVPrinter printer;

    private SpreadsheetCsv(OutputStream out) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        printer = FORMAT.print(writer);
    }

    /** Starts a file on {@code out} (the byte-order mark is written at once); {@link #flush()} when done. */
    public static SpreadsheetCsv open(OutputStream out) {
        try {
            return new SpreadsheetCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; every cell goes through {@link #cell(String)}; null and "" are an empty cell. */
    public SpreadsheetCsv row(List<String> cells) {
        var safe = new ArrayList<String>(cells.size());
        // null rather than "": the printer would quote an empty first cell.
        cells.forEach(value -> safe.add(value == null || value.isEmpty() ? null : cell(value)));
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public SpreadsheetCsv row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell as it is safe to write: unchanged unless a spreadsheet would take it for a formula, then with an
     * apostrophe first (which spreadsheets read as "this is text" and do not show). Leading spaces do not hide a
     * formula: {@code " =1+1"} is neutralised too.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (NUMBER.matcher(value).matches()) {
            return value;
        }
        var afterSpaces = value.stripLeading();
        var risky = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                || !afterSpaces.isEmpty() && FORMULA_STARTS.indexOf(afterSpaces.charAt(0)) >= 0;
        return risky ? "'" + value : value;
    }
}

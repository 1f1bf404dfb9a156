package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's advice on CSV injection: a text a spreadsheet would run gets an apostrophe; numbers stay numbers. */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"klik\")", "=cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "+62 812 1234", "-2+3", "\t=1+1", "\r=1+1", "\0=1+1", " =1+1", "\uFF1D1+1" })
    void a_cell_a_spreadsheet_would_run_gets_an_apostrophe(String formula) {
        assertThat(SpreadsheetCsv.cell(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1.234.567", "1.234.567", "45,5", "-0,5", "82.5%", "1,234,567.5", "27-11-2024",
            "001/NPHD/KPU/6201/2023", "Kalimantan Tengah", "" })
    void numbers_dates_and_plain_text_are_left_alone(String value) {
        assertThat(SpreadsheetCsv.cell(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1" })
    void the_file_is_utf8_with_a_bom_semicolons_and_quotes_where_needed(String formula) {
        var out = new ByteArrayOutputStream();
        SpreadsheetCsv.open(out).row("Wilayah", "Nilai").row(formula + ";x", "-1.000").row(null, "1").flush();

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\ufeffWilayah;Nilai\r\n\"'=1+1;x\";-1.000\r\n;1\r\n");
    }
}

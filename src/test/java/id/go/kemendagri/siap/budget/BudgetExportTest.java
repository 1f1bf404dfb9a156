package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.support.Users;

/**
 * The /anggaran exports when a grant's NPHD number is a spreadsheet formula (as a probe saved it): the CSV
 * shows it as text, the XLSX keeps it in a text cell. Maluku (81), a province no other test touches.
 */
class BudgetExportTest extends July2024Test {

    private static final String REGION = "81.01";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    @Autowired
    BudgetExport export;

    @Test
    void a_formula_saved_as_nphd_number_is_text_in_the_csv_and_amounts_stay_numbers() {
        signWithFormula();

        var out = new ByteArrayOutputStream();
        export.csv(maluku(), key -> key, Formats.INDONESIAN, out);

        var line = new String(out.toByteArray(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(REGION + ";")).filter(l -> l.contains("KPU")).findFirst().orElseThrow();
        assertThat(line).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\";")
                .contains(";1.500.000.000;");
    }

    @Test
    void the_xlsx_keeps_the_formula_as_a_text_cell() throws Exception {
        signWithFormula();

        var out = new ByteArrayOutputStream();
        export.xlsx(maluku(), key -> key, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var column = BudgetExport.HEADERS.indexOf("nphd-number");
            var cells = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
            sheet.forEach(row -> {
                if (REGION.equals(row.getCell(0).getStringCellValue()) && row.getCell(column) != null
                        && FORMULA.equals(row.getCell(column).getStringCellValue())) {
                    cells.add(row.getCell(column));
                }
            });
            assertThat(cells).hasSize(1);
            assertThat(cells.getFirst().getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private void signWithFormula() {
        Users.evaluator();
        var before = budget.find(REGION, Recipient.KPU);
        if (FORMULA.equals(before.nphdNumber())) {
            return;
        }
        budget.save(REGION, Recipient.KPU, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, 1_500_000_000L,
                1_500_000_000L, FORMULA, LocalDate.of(2024, 1, 15), 40, before.version()));
    }

    private static GrantFilter maluku() {
        return GrantFilter.ALL.withProvince("81");
    }
}

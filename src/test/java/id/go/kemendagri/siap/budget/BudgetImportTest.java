package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.support.Users;

/** Imports into Sulawesi Tengah (72), which no other test touches. */
@RecordApplicationEvents
class BudgetImportTest extends July2024Test {

    static final String HEADER = String.join(",", BudgetImport.COLUMNS);

    @Autowired
    BudgetImport importer;
    @Autowired
    ImportTemplate template;
    @Autowired
    ApplicationEvents events;

    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String nphd(String region, String recipient, String agreed) {
        return "NPHD," + region + "," + recipient + ",DITANDATANGANI,BERTAHAP," + agreed + "," + agreed
                + ",NPHD/" + region + "/" + recipient + ",2023-11-10,40,,,,";
    }

    static String transfer(String region, String recipient, String tranche, String amount, String reference) {
        return "TRANSFER," + region + "," + recipient + ",,,,,,,," + tranche + ",2023-11-20," + amount + "," + reference;
    }

    @Test
    void a_valid_file_is_stored_at_once_audited_with_one_event_per_region() {
        Users.staff("72");
        var file = csv(nphd("72.01", "KPU", "\"Rp12.500.000.000\""), transfer("72.01", "KPU", "1", "5000000000", "SP2D-1"),
                nphd("72.02", "BAWASLU", "3000000000"), transfer("72.02", "BAWASLU", "I", "1.200.000.000", "SP2D-2"));

        assertThat(importer.preview("nphd.csv", file).valid()).isTrue();
        var result = importer.store("nphd.csv", file);

        assertThat(result).isEqualTo(new ImportResult(2, 2, 0, 2));
        var kpu = budget.find("72.01", Recipient.KPU);
        assertThat(kpu.agreed()).isEqualTo(12_500_000_000L);
        assertThat(kpu.disbursed()).isEqualTo(5_000_000_000L);
        assertThat(budget.history("72.01", Recipient.KPU, 20)).extracting(AuditEntry::action).contains("UPDATE", "TRANSFER");
        assertThat(events.stream(BudgetChanged.class)).containsExactlyInAnyOrder(new BudgetChanged("72.01"),
                new BudgetChanged("72.02"));
    }

    @Test
    void sending_the_same_file_twice_changes_nothing_the_second_time() {
        Users.evaluator();
        var file = csv(nphd("72.03", "TNI", "900000000"), transfer("72.03", "TNI", "1", "360000000", "SP2D-T"));
        importer.store("a.csv", file);
        events.clear();

        var again = importer.store("a.csv", file);

        assertThat(again).isEqualTo(new ImportResult(0, 0, 2, 0));
        assertThat(budget.find("72.03", Recipient.TNI).transfers()).hasSize(1);
        assertThat(events.stream(BudgetChanged.class)).isEmpty();
    }

    @Test
    void one_bad_row_stores_nothing_and_every_problem_is_listed_with_its_line() {
        Users.staff("72");
        var before = budget.find("72.04", Recipient.KPU);
        var file = csv(nphd("72.04", "KPU", "1000000000"),
                nphd("72.05", "KPU", "-5"),
                nphd("72.06", "KPU", "satu miliar"),
                "NPHD,64.01,KPU,DITANDATANGANI,BERTAHAP,1,1,N,2023-11-10,40,,,,",
                "NPHD,72.07,KPK,DITANDATANGANI,BERTAHAP,1,1,N,2023-11-10,40,,,,",
                "NPHD,31.71,KPU,DITANDATANGANI,BERTAHAP,1,1,N,2023-11-10,40,,,,",
                "NPHD,72.08,KPU,DITANDATANGANI,BERTAHAP,1,1,N,2023-02-30,40,,,,",
                transfer("72.04", "KPU", "1", "1000000001", "SP2D-X"));

        var preview = importer.preview("bad.csv", file);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.rows()).filteredOn(r -> !r.valid()).extracting(ImportRow::line).containsExactly(3, 4, 5, 6, 7,
                8, 9);
        assertThat(issues(preview, 3)).containsExactly("budget.import.error.negative", "budget.import.error.negative");
        assertThat(issues(preview, 4)).contains("budget.import.error.number");
        assertThat(issues(preview, 5)).containsExactly("budget.import.error.scope");
        assertThat(issues(preview, 6)).containsExactly("budget.import.error.recipient");
        assertThat(issues(preview, 7)).containsExactly("budget.import.error.scope");
        assertThat(issues(preview, 8)).containsExactly("budget.import.error.date");
        assertThat(issues(preview, 9)).containsExactly("budget.error.transfer.above-agreed");
        assertThatThrownBy(() -> importer.store("bad.csv", file)).isInstanceOf(InvalidInputException.class);
        assertThat(budget.find("72.04", Recipient.KPU)).isEqualTo(before);
    }

    @Test
    void a_region_without_a_pilkada_is_refused() {
        Users.evaluator();

        var preview = importer.preview("x.csv", csv("NPHD,31.71,KPU,DITANDATANGANI,BERTAHAP,1,1,N,2023-11-10,40,,,,"));

        assertThat(issues(preview, 2)).containsExactly("budget.import.error.no-pilkada");
    }

    @Test
    void duplicate_rows_are_refused() {
        Users.evaluator();

        var preview = importer.preview("d.csv", csv(nphd("72.09", "KPU", "100"), nphd("72.09", "KPU", "100"),
                transfer("72.09", "KPU", "1", "10", "R1"), transfer("72.09", "KPU", "1", "10", "r1")));

        assertThat(issues(preview, 3)).containsExactly("budget.import.error.duplicate");
        assertThat(issues(preview, 5)).containsExactly("budget.import.error.duplicate");
    }

    @Test
    void a_transfer_for_an_unsigned_grant_is_refused() {
        Users.evaluator();

        var preview = importer.preview("t.csv", csv(transfer("72.10", "POLRI", "1", "10", "R1")));

        assertThat(issues(preview, 2)).containsExactly("budget.error.transfer.not-signed");
    }

    @Test
    void a_corrupted_file_an_oversized_file_and_a_file_without_the_columns_are_refused() {
        Users.evaluator();
        var corrupted = new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

        assertThat(importer.preview("x.xlsx", corrupted).fileErrors()).containsExactly("budget.import.error.unreadable");
        assertThat(importer.preview("x.csv", new byte[(int) importer.maxBytes() + 1]).fileErrors())
                .containsExactly("budget.import.error.too-large");
        assertThat(importer.preview("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).fileErrors())
                .containsExactly("budget.import.error.columns");
        assertThat(importer.preview("x.csv", new byte[0]).fileErrors()).containsExactly("budget.import.error.empty");
    }

    @Test
    void an_xlsx_with_numbers_and_dates_in_real_cells_is_read() throws Exception {
        Users.evaluator();
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (var i = 0; i < BudgetImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(BudgetImport.COLUMNS.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("NPHD");
            row.createCell(1).setCellValue("72.11");
            row.createCell(2).setCellValue("Bawaslu");
            row.createCell(3).setCellValue("ditandatangani");
            row.createCell(4).setCellValue("sekaligus");
            row.createCell(5).setCellValue(2_000_000_000d);
            row.createCell(6).setCellValue(1_750_000_000d);
            row.createCell(7).setCellValue("NPHD/1");
            var date = row.createCell(8);
            date.setCellValue(java.time.LocalDate.of(2023, 11, 9));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            date.setCellStyle(style);
            workbook.write(out);
        }

        var preview = importer.preview("nphd.xlsx", out.toByteArray());

        assertThat(preview.valid()).as(preview.toString()).isTrue();
        importer.store("nphd.xlsx", out.toByteArray());
        var grant = budget.find("72.11", Recipient.BAWASLU);
        assertThat(grant.agreed()).isEqualTo(1_750_000_000L);
        assertThat(grant.scheme()).isEqualTo(Scheme.LUMP_SUM);
        assertThat(grant.signedOn()).isEqualTo(java.time.LocalDate.of(2023, 11, 9));
    }

    @Test
    void the_template_has_exactly_the_columns_the_import_reads() {
        Users.evaluator();
        var xlsx = new ByteArrayOutputStream();
        template.xlsx(key -> key, xlsx);
        var csv = new ByteArrayOutputStream();
        template.csv(csv);

        assertThat(importer.preview("t.xlsx", xlsx.toByteArray()).fileErrors()).containsExactly("budget.import.error.empty");
        assertThat(importer.preview("t.csv", csv.toByteArray()).fileErrors()).containsExactly("budget.import.error.empty");
    }

    private static List<String> issues(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).flatMap(r -> r.issues().stream())
                .map(ImportIssue::key).toList();
    }
}

package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.Users;

/**
 * Files that must not sink the server (issue 24): each is refused with its own message before it is read in
 * full. Imports into Sulawesi Tengah 72.12 and 72.71, which no other test touches.
 */
@RecordApplicationEvents
class BudgetImportLimitsTest extends July2024Test {

    @Autowired
    BudgetImport importer;
    @Autowired
    BudgetProperties properties;

    @Test
    void an_oversized_csv_is_refused_by_its_size_before_it_is_read() {
        Users.staff("72");
        var row = "\n" + BudgetImportTest.nphd("72.12", "KPU", "1000");
        var file = new StringBuilder(BudgetImportTest.HEADER);
        while (file.length() <= importer.maxBytes() + 1_000_000) {
            file.append(row);
        }

        var preview = importer.preview("besar.csv", file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(preview.fileErrors()).containsExactly("budget.import.error.too-large");
        assertThatThrownBy(() -> importer.store("besar.csv", file.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_xlsx_whose_sheet_unpacks_far_beyond_its_size_is_refused_as_a_zip_bomb() throws Exception {
        Users.staff("72");
        // A real workbook whose sheet carries 60 MB of blanks inside a cell: about 60 KB packed.
        var bomb = withSheetPadding(template(), 60 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(importer.preview("bom.xlsx", bomb).fileErrors()).containsExactly("budget.import.error.bomb");
    }

    @Test
    void a_file_with_too_many_cells_is_refused_while_it_is_read() throws Exception {
        Users.staff("72");
        var wide = new StringBuilder(BudgetImportTest.HEADER);
        var cells = BudgetImport.COLUMNS.size();
        while (cells <= properties.maxImportCells()) {
            wide.append('\n').append(BudgetImportTest.nphd("72.12", "KPU", "1000")).append(",x".repeat(986));
            cells += 1000;
        }
        assertThat(importer.preview("lebar.csv", wide.toString().getBytes(StandardCharsets.UTF_8)).fileErrors())
                .containsExactly("budget.import.error.too-many-cells");

        var out = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (var i = 0; i < BudgetImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(BudgetImport.COLUMNS.get(i));
            }
            for (var r = 1; r <= properties.maxImportCells() / 10_000 + 1; r++) {
                var row = sheet.createRow(r);
                for (var c = 0; c < 10_000; c++) {
                    row.createCell(c).setCellValue("x");
                }
            }
            workbook.write(out);
        }
        assertThat(importer.preview("lebar.xlsx", out.toByteArray()).fileErrors())
                .containsExactly("budget.import.error.too-many-cells");
    }

    @Test
    void a_latin1_csv_keeps_its_characters_and_utf16_is_refused_with_a_message_naming_utf8() {
        Users.staff("72");
        var text = BudgetImportTest.HEADER + "\n"
                + "NPHD,72.71,KPU,DITANDATANGANI,SEKALIGUS,1000,1000,NPHD/Pémda/Palu-Ç,2023-11-10,40,,,,\n";

        importer.store("latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(budget.find("72.71", Recipient.KPU).nphdNumber()).isEqualTo("NPHD/Pémda/Palu-Ç");
        var utf8 = importer.preview("utf8.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.rows()).singleElement().satisfies(r -> assertThat(r.values()).extracting(ImportValue::text).contains("NPHD/Pémda/Palu-Ç"));
        assertThat(importer.preview("utf16.csv", text.getBytes(StandardCharsets.UTF_16)).fileErrors())
                .containsExactly("budget.import.error.charset");
        // a UTF-8 byte-order mark followed by bytes that are not UTF-8: the file says UTF-8 and is not
        var broken = new ByteArrayOutputStream();
        broken.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        broken.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(importer.preview("rusak.csv", broken.toByteArray()).fileErrors())
                .containsExactly("budget.import.error.charset");
        assertThat(ImportFile.decode(new byte[] {'P', (byte) 0xe9, 'm', 'd', 'a'})).isEqualTo("Pémda");
    }

    @Test
    void a_user_gets_one_import_at_a_time() {
        Users.staff("72");
        var file = BudgetImportTest.csv(BudgetImportTest.nphd("72.12", "BAWASLU", "1000"));
        try (var running = importer.gate().enter("test-staff-72")) {
            assertThat(importer.preview("a.csv", file).fileErrors()).containsExactly("budget.import.error.busy-user");
            assertThatThrownBy(() -> importer.store("a.csv", file)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("file", "budget.import.error.busy-user"));
        }
        assertThat(importer.preview("a.csv", file).valid()).isTrue();
    }

    @Test
    void when_every_place_is_taken_the_next_import_is_refused_with_a_message_after_a_short_wait() {
        Users.staff("72");
        var file = BudgetImportTest.csv(BudgetImportTest.nphd("72.12", "TNI", "1000"));
        var held = new ArrayList<ImportGate.Permit>();
        try {
            for (var i = 0; i < properties.importPlaces(); i++) {
                held.add(importer.gate().enter("someone-" + i));
            }
            assertThat(importer.preview("a.csv", file).fileErrors()).containsExactly("budget.import.error.busy");
        } finally {
            held.forEach(ImportGate.Permit::close);
        }
        assertThat(importer.preview("a.csv", file).valid()).isTrue();
    }

    @Test
    void many_users_importing_at_once_each_get_a_preview_or_a_message_and_every_place_is_given_back()
            throws Exception {
        var file = BudgetImportTest.csv(BudgetImportTest.nphd("72.12", "POLRI", "1000"));
        var pool = Executors.newFixedThreadPool(6);
        try {
            var tasks = new ArrayList<Callable<ImportPreview>>();
            for (var i = 0; i < 6; i++) {
                tasks.add(asStaff("petugas-" + i, () -> importer.preview("a.csv", file)));
            }
            // the same user twice at once as well: one of the two may be refused as busy-user
            tasks.add(asStaff("petugas-0", () -> importer.preview("a.csv", file)));
            List<ImportPreview> previews = new ArrayList<>();
            for (var future : pool.invokeAll(tasks)) {
                previews.add(future.get());
            }
            assertThat(previews).allSatisfy(p -> assertThat(p.valid() || List.of("budget.import.error.busy",
                    "budget.import.error.busy-user").containsAll(p.fileErrors())).as(p.toString()).isTrue());
        } finally {
            pool.shutdown();
        }
        assertThat(importer.gate().available()).isEqualTo(properties.importPlaces());
    }

    static byte[] template() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var header = workbook.createSheet().createRow(0);
            for (var i = 0; i < BudgetImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(BudgetImport.COLUMNS.get(i));
            }
            header.createCell(BudgetImport.COLUMNS.size()).setCellValue("PADDING");
            workbook.write(out);
        }
        return out.toByteArray();
    }

    /** The same workbook with the sheet's last inline text replaced by {@code size} blanks. */
    static byte[] withSheetPadding(byte[] xlsx, int size) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    var xml = new String(bytes, StandardCharsets.UTF_8);
                    var cut = xml.indexOf("</sheetData>");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    var blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (var written = 0; written < size; written += blanks.length) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** {@code work} as a task of provincial staff of Sulawesi Tengah (72) named {@code user}, signed in on its thread. */
    static <T> Callable<T> asStaff(String user, Callable<T> work) {
        return () -> {
            Users.signIn(user, Role.PROVINCIAL_STAFF, "72");
            try {
                return work.call();
            } finally {
                Users.signOut();
            }
        };
    }
}

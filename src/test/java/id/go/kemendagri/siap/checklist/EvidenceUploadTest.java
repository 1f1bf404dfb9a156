package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.support.Users;

/** Not transactional: the files must meet real commits and rollbacks. Refused uploads commit nothing. */
@SpringBootTest
@Import(ChecklistTestSupport.class)
class EvidenceUploadTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

    @Autowired
    ChecklistService checklists;
    @Autowired
    EvidenceStorage storage;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signIn() {
        Users.staff("62");
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    ChecklistItemDetails item(String region, String code) {
        return ChecklistTestSupport.itemOf(checklists, region, code);
    }

    long filesOf(String region) throws IOException {
        var folder = storage.root().resolve(region);
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void a_pdf_is_stored_with_its_checksum_and_counts_as_evidence() throws IOException {
        // This test commits: it works in a province the other checklist tests leave alone.
        Users.staff("63");
        var item = item("63.02", "KLB-01");
        var saved = checklists.attachFile(item.id(), item.version(), "SK Desk Pilkada.pdf", PDF);
        assertThat(saved.evidenceKind()).isEqualTo(EvidenceKind.FILE);
        assertThat(saved.evidenceName()).isEqualTo("SK Desk Pilkada.pdf");
        assertThat(saved.evidenceSize()).isEqualTo(PDF.length);
        assertThat(saved.evidenceSha256()).isEqualTo(EvidenceStorage.sha256(PDF)).hasSize(64);
        try (var file = checklists.evidence(item.id())) {
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.content().readAllBytes()).isEqualTo(PDF);
        }
        var done = checklists.update(item.id(),
                new ChecklistItemDraft(ItemStatus.SELESAI, null, null, saved.version()));
        assertThat(done.verification()).isEqualTo(Verification.WAITING);
        assertThat(done.evidenceKind()).isEqualTo(EvidenceKind.FILE);
    }

    @Test
    void png_and_jpeg_are_accepted() {
        assertThat(storage.check("peta.png", PNG)).isEqualTo(EvidenceStorage.FileType.PNG);
        assertThat(storage.check("foto.JPG", JPEG)).isEqualTo(EvidenceStorage.FileType.JPEG);
        assertThat(storage.check("foto.jpeg", JPEG)).isEqualTo(EvidenceStorage.FileType.JPEG);
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_and_nothing_is_written() throws IOException {
        var item = item("62.03", "KLB-01");
        var big = new byte[(int) EvidenceStorage.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused(item, "besar.pdf", big, "checklist.error.file-too-large");
    }

    @Test
    void a_file_of_another_type_is_refused_and_nothing_is_written() throws IOException {
        var item = item("62.03", "KLB-01");
        assertRefused(item, "laporan.docx", "PK\u0003\u0004word".getBytes(), "checklist.error.file-type");
    }

    @Test
    void a_file_whose_name_lies_about_its_type_is_refused() throws IOException {
        var item = item("62.03", "KLB-01");
        assertRefused(item, "virus.pdf", "MZ\u0090\u0000program".getBytes(), "checklist.error.file-type");
        assertRefused(item, "foto.pdf", PNG, "checklist.error.file-mismatch");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        var item = item("62.03", "KLB-01");
        assertRefused(item, "kosong.pdf", new byte[0], "checklist.error.file-empty");
    }

    @Test
    void an_upload_to_another_province_is_refused_and_nothing_is_written() throws IOException {
        Users.evaluator();
        var item = item("64.02", "KLB-01");
        Users.staff("62");
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version(), "sk.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(filesOf("64.02")).isZero();
    }

    @Test
    void a_stale_upload_is_refused_and_nothing_is_written() throws IOException {
        var item = item("62.04", "KLB-01");
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version() + 1, "sk.pdf", PDF))
                .isInstanceOf(id.go.kemendagri.siap.base.StaleDataException.class);
        assertThat(filesOf("62.04")).isZero();
    }

    @Test
    void a_file_stored_in_a_transaction_that_rolls_back_is_deleted() throws IOException {
        var before = filesOf("62.05");
        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            storage.store("62.05", 1, "sk.pdf", PDF);
            status.setRollbackOnly();
        });
        assertThat(filesOf("62.05")).isEqualTo(before);
    }

    @Test
    void folder_parts_and_control_characters_are_dropped_from_file_names() {
        assertThat(EvidenceStorage.cleanName("C:\\Users\\staf\\..\\sk\u0007.pdf")).isEqualTo("sk.pdf");
    }

    private void assertRefused(ChecklistItemDetails item, String name, byte[] content, String key) throws IOException {
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version(), name, content))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("evidence", key));
        assertThat(filesOf(item.regionCode())).isZero();
        assertThat(item(item.regionCode(), item.itemCode()).evidenceKind()).isEqualTo(EvidenceKind.NONE);
    }
}

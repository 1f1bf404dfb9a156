package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

/** Each refused upload carries unique content, so "nothing was written" is checked by its checksum. */
class EvidenceUploadTest extends KaltengStaffTest {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

    @Autowired
    EvidenceStorage storage;
    @Value("${siap.storage.dir}")
    Path storageDir;

    static byte[] uniquePdf() {
        return ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    boolean stored(byte[] content) throws Exception {
        var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return Files.exists(storageDir.toAbsolutePath().resolve(sha.substring(0, 2)).resolve(sha));
    }

    @Test
    void a_pdf_is_stored_with_its_checksum_and_counts_as_evidence() throws Exception {
        var pdf = uniquePdf();
        var item = item("62.02", "KLB-01");
        var saved = checklists.attachFile(item.id(), item.version(), "SK Desk Pilkada.pdf", pdf);
        assertThat(saved.evidenceKind()).isEqualTo(EvidenceKind.FILE);
        assertThat(saved.evidenceName()).isEqualTo("SK Desk Pilkada.pdf");
        assertThat(saved.evidenceSize()).isEqualTo(pdf.length);
        assertThat(stored(pdf)).isTrue();
        try (var file = checklists.evidence(item.id())) {
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.content().readAllBytes()).isEqualTo(pdf);
        }
        var done = checklists.update(item.id(),
                new ChecklistItemDraft(ItemStatus.SELESAI, null, null, saved.version()));
        assertThat(done.verification()).isEqualTo(Verification.WAITING);
        assertThat(done.evidenceKind()).isEqualTo(EvidenceKind.FILE);
    }

    @Test
    void a_file_uploaded_with_the_report_makes_a_done_item_complete() {
        var item = item("62.02", "KLB-03");
        var saved = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "notula", null,
                item.version()), new ChecklistService.Upload("notula.pdf", uniquePdf()));
        assertThat(saved.verification()).isEqualTo(Verification.WAITING);
        assertThat(saved.evidenceName()).isEqualTo("notula.pdf");
    }

    @Test
    void png_and_jpeg_are_accepted() {
        assertThat(storage.check("peta.png", PNG)).isEqualTo(EvidenceStorage.FileType.PNG);
        assertThat(storage.check("foto.JPG", JPEG)).isEqualTo(EvidenceStorage.FileType.JPEG);
        assertThat(storage.check("foto.jpeg", JPEG)).isEqualTo(EvidenceStorage.FileType.JPEG);
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_and_nothing_is_written() throws Exception {
        var pdf = uniquePdf();
        var big = new byte[(int) EvidenceStorage.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertRefused(item("62.03", "KLB-01"), "besar.pdf", big, "checklist.error.file-too-large");
    }

    @Test
    void a_file_of_another_type_is_refused_and_nothing_is_written() throws Exception {
        assertRefused(item("62.03", "KLB-01"), "laporan.docx", ("PK\u0003\u0004" + UUID.randomUUID()).getBytes(),
                "checklist.error.file-type");
    }

    @Test
    void a_file_whose_name_lies_about_its_type_is_refused() throws Exception {
        var item = item("62.03", "KLB-01");
        assertRefused(item, "virus.pdf", ("MZ\u0090\u0000" + UUID.randomUUID()).getBytes(), "checklist.error.file-type");
        assertRefused(item, "foto.pdf", uniquePng(), "checklist.error.file-mismatch");
        assertRefused(item, "sk.png", uniquePdf(), "checklist.error.file-mismatch");
    }

    @Test
    void an_empty_file_is_refused() throws Exception {
        assertRefused(item("62.03", "KLB-01"), "kosong.pdf", new byte[0], "checklist.error.file-empty");
    }

    @Test
    void a_refused_report_stores_no_file() throws Exception {
        var item = item("62.03", "DPL-01");
        var pdf = uniquePdf();
        assertThatThrownBy(() -> checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.TIDAK_BERLAKU, "",
                null, item.version()), new ChecklistService.Upload("sk.pdf", pdf)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(stored(pdf)).isFalse();
    }

    @Test
    void an_upload_to_another_province_is_refused_and_nothing_is_written() throws Exception {
        Users.evaluator();
        var item = item("64.02", "KLB-01");
        Users.staff("62");
        var pdf = uniquePdf();
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version(), "sk.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(pdf)).isFalse();
    }

    @Test
    void a_stored_file_is_not_given_to_staff_of_another_province() throws Exception {
        var item = item("62.05", "KLB-01");
        var saved = checklists.attachFile(item.id(), item.version(), "sk.pdf", uniquePdf());
        Users.staff("64");
        assertThatThrownBy(() -> checklists.evidence(saved.id())).isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        try (var file = checklists.evidence(saved.id())) {
            assertThat(file.name()).isEqualTo("sk.pdf");
        }
    }

    @Test
    void a_stale_upload_is_refused_and_nothing_is_written() throws Exception {
        var item = item("62.04", "KLB-01");
        var pdf = uniquePdf();
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version() + 1, "sk.pdf", pdf))
                .isInstanceOf(StaleDataException.class);
        assertThat(stored(pdf)).isFalse();
    }

    static byte[] uniquePng() {
        var suffix = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        var png = new byte[PNG.length + suffix.length];
        System.arraycopy(PNG, 0, png, 0, PNG.length);
        System.arraycopy(suffix, 0, png, PNG.length, suffix.length);
        return png;
    }

    private void assertRefused(ChecklistItemDetails item, String name, byte[] content, String key) throws Exception {
        assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version(), name, content))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("evidence", key));
        assertThat(stored(content)).isFalse();
        assertThat(item(item.regionCode(), item.itemCode()).evidenceKind()).isEqualTo(EvidenceKind.NONE);
    }
}

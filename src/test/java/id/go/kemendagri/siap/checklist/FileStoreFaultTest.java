package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.base.FileStore;
import id.go.kemendagri.siap.base.FileStoreCheck;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

/**
 * A file store that cannot be written, and the check that finds rows without their file (issue 24). Not
 * transactional: what a refused upload leaves is what the database really holds afterwards. Sulawesi Utara (71).
 */
@SpringBootTest
@Import(TestClock.class)
class FileStoreFaultTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    FileStore store;
    @Autowired
    FileStoreCheck check;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void an_upload_the_store_cannot_write_is_refused_with_a_message_and_no_row_points_at_a_missing_file()
            throws Exception {
        Users.staff("71");
        var item = ChecklistTestSupport.itemOf(checklists, "71.02", "KLB-01");
        var historyBefore = checklists.history(item.id(), 100).size();
        byte[] pdf;
        Path folder;
        do {
            pdf = EvidenceUploadTest.uniquePdf();
            folder = store.pathOf(sha256(pdf)).getParent();
        } while (Files.exists(folder));
        // the folder the file belongs in cannot be made: as good as a read-only store, even for root
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "not a folder");
        try {
            var upload = pdf;
            assertThatThrownBy(() -> checklists.attachFile(item.id(), item.version(), "sk.pdf", upload))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("file", "file.error.storage"));
            var after = ChecklistTestSupport.itemOf(checklists, "71.02", "KLB-01");
            assertThat(after.evidenceKind()).isEqualTo(EvidenceKind.NONE);
            assertThat(after.version()).isEqualTo(item.version());
            assertThat(checklists.history(item.id(), 100)).hasSize(historyBefore);
        } finally {
            Files.delete(folder);
        }
        var saved = checklists.attachFile(item.id(), item.version(), "sk.pdf", pdf);
        assertThat(saved.evidenceKind()).isEqualTo(EvidenceKind.FILE);
        assertThat(Files.exists(store.pathOf(sha256(pdf)))).isTrue();
    }

    @Test
    void the_check_lists_rows_whose_file_is_missing_or_corrupt_and_files_no_row_names() throws Exception {
        Users.staff("71");
        var missing = attach("71.03", EvidenceUploadTest.uniquePdf());
        var corrupt = attach("71.04", EvidenceUploadTest.uniquePdf());
        var whole = attach("71.05", EvidenceUploadTest.uniquePdf());
        Files.delete(store.pathOf(missing.evidenceSha256()));
        Files.writeString(store.pathOf(corrupt.evidenceSha256()), "%PDF-1.7 changed on disk");
        var orphan = store.root().resolve("ab").resolve("ab" + "0".repeat(62));
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "%PDF-1.7 no row names me");

        var report = check.check();

        assertThat(report.missing()).contains(new FileStoreCheck.Problem("checklist_item " + missing.id(),
                missing.evidenceSha256()));
        assertThat(report.corrupt()).contains(new FileStoreCheck.Problem("checklist_item " + corrupt.id(),
                corrupt.evidenceSha256()));
        assertThat(report.orphans()).contains(store.root().relativize(orphan).toString());
        assertThat(report.missing()).extracting(FileStoreCheck.Problem::sha256).doesNotContain(whole.evidenceSha256());
        assertThat(report.corrupt()).extracting(FileStoreCheck.Problem::sha256).doesNotContain(whole.evidenceSha256());
        assertThat(report.clean()).isFalse();
        Files.delete(orphan);
    }

    private ChecklistItemDetails attach(String region, byte[] pdf) {
        var item = ChecklistTestSupport.itemOf(checklists, region, "KLB-01");
        return checklists.attachFile(item.id(), item.version(), "bukti.pdf", pdf);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.RowDownloads;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Verification;
import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The task list, the verification queue and the recap. Works in Sulawesi Barat (76), reset first. */
class ChecklistViewsTest extends UiTest {

    static final String PROVINCE = "76";
    static final String LINK = "https://sulbarprov.go.id/bukti.pdf";

    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetSulawesiBarat() {
        ChecklistUiFixtures.reset(jdbc, PROVINCE);
    }

    private long submit(String region, String code) {
        var item = checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
        return checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null, LINK, item.version()))
                .id();
    }

    @Test
    void the_verification_queue_filtered_by_province_lists_waiting_items_oldest_first() {
        Users.staff(PROVINCE);
        submit("76.01", "KLB-01");
        submit("76.02", "DNA-01");

        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).item().itemCode()).isEqualTo("KLB-01");
        assertThat(view.province.getValue().code()).isEqualTo(PROVINCE);
    }

    @Test
    void the_queue_downloads_a_stored_evidence_file_through_the_grids_address()
            throws Exception {
        Users.staff(PROVINCE);
        var linked = submit("76.01", "KLB-01");
        var item = checklists.regionChecklist("76.02").items().stream().filter(i -> i.itemCode().equals("DNA-01"))
                .findFirst().orElseThrow();
        var pdf = "%PDF-1.7\n% bukti hibah\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        var filed = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null, null,
                item.version()), new ChecklistService.Upload("NPHD KPU.pdf", pdf)).id();

        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);

        assertThat(view.grid.getElement().hasAttribute(RowDownloads.ATTRIBUTE)).isTrue();
        var shown = IntStream.range(0, test(view.grid).size()).boxed().collect(Collectors.toMap(
                row -> test(view.grid).getRow(row).item().id(), row -> evidenceOf(view, row)));
        assertThat(shown.get(linked)).singleElement().satisfies(piece -> {
            assertThat(piece.kind()).isEqualTo(Piece.Kind.LINK);
            assertThat(piece.href()).isEqualTo(LINK);
        });
        assertThat(shown.get(filed)).singleElement().satisfies(piece -> {
            assertThat(piece.kind()).isEqualTo(Piece.Kind.DOWNLOAD);
            assertThat(piece.text()).isEqualTo("NPHD KPU.pdf");
            assertThat(piece.key()).isEqualTo(Long.toString(filed));
        });
        var file = Badges.evidenceFile(checklists, filed);
        assertThat(file.getFileName()).isEqualTo("NPHD KPU.pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    private List<Piece> evidenceOf(ChecklistVerificationView view, int row) {
        List<?> pieces = test(view.grid).getLitRendererPropertyValue(row, "evidence", "pieces", List.class);
        return pieces.stream().map(Piece.class::cast).toList();
    }

    @Test
    void the_theme_filter_comes_from_the_url() {
        Users.staff(PROVINCE);
        submit("76.01", "KLB-01");
        submit("76.02", "DNA-01");

        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76&tema=PENDANAAN",
                ChecklistVerificationView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).item().itemCode()).isEqualTo("DNA-01");
    }

    @Test
    void evaluators_verify_the_selected_items_at_once() {
        Users.staff(PROVINCE);
        var first = submit("76.01", "KLB-01");
        var second = submit("76.02", "DNA-01");
        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);

        test(view.grid).select(0);
        test(view.grid).select(1);
        test(view.verifySelected).click();
        roundTrip();

        assertThat(checklists.item(first).verification()).as("nothing before the confirmation")
                .isEqualTo(Verification.WAITING);
        assertThat(test(view.confirmation).getHeader()).isEqualTo("Verifikasi 2 butir?");
        test(view.confirmation).confirm();

        assertThat(checklists.item(first).verification()).isEqualTo(Verification.VERIFIED);
        assertThat(checklists.item(second).verification()).isEqualTo(Verification.VERIFIED);
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void staff_see_returned_items_of_their_province_first() {
        Users.staff(PROVINCE);
        var returned = submit("76.03", "KAM-01");
        Users.evaluator();
        var waiting = checklists.item(returned);
        checklists.giveBack(returned, waiting.version(), "Surat perintah belum ada");

        var view = navigateAs(Users.staff(PROVINCE), "checklist/tugas", ChecklistTasksView.class);

        assertThat(test(view.grid).getRow(0).item().id()).isEqualTo(returned);
        var shown = test(view.grid).getRow(0).item();
        assertThat(Badges.state(view, shown).getText()).isEqualTo("Perlu diperbaiki");
        assertThat(Badges.of(view, shown)).extracting(id.go.kemendagri.siap.base.ui.Piece::text)
                .contains("Dikembalikan").doesNotContain("Selesai");
        assertThat(test(view.grid).size()).isGreaterThan(1);
        for (var row = 0; row < Math.min(50, test(view.grid).size()); row++) {
            assertThat(test(view.grid).getRow(row).item().provinceCode()).isEqualTo(PROVINCE);
        }
    }

    @Test
    void the_recap_opens_a_province_with_its_kabupaten_and_kota() {
        var view = navigateAs(Users.leadership(), "checklist/rekap", ChecklistRecapView.class);
        assertThat(test(view.grid).size()).as("every province has regions that vote").isEqualTo(38);
        var first = test(view.grid).getRow(0);
        assertThat(RowButtons.find(test(view.grid), 0, "name", "open").orElseThrow().label()).isEqualTo(first.name());
        RowButtons.click(test(view.grid), 0, "name", "open");
        var opened = (ChecklistRecapView) getCurrentView();
        assertThat(opened.heading.getText()).as("the province's button opens it").contains(first.name());
        assertThat(opened.back.isVisible()).isTrue();

        view = navigateAs(Users.leadership(), "checklist/rekap?provinsi=76", ChecklistRecapView.class);

        assertThat(test(view.grid).size()).isEqualTo(7);
        assertThat(view.back.isVisible()).isTrue();
        assertThat(view.heading.getText()).contains("Sulawesi Barat");
    }

    /** An item waiting for verification although its template requires evidence it lacks (older data). */
    private long waitingWithoutEvidence(String region) {
        var item = checklists.regionChecklist(region).items().stream().filter(i -> i.evidenceRequired())
                .findFirst().orElseThrow();
        jdbc.update("""
                update checklist_item set status = 'SELESAI', verification = 'WAITING', submitted_at = current_timestamp,
                    evidence_kind = 'NONE', version = version + 1 where id = ?
                """, item.id());
        return item.id();
    }

    @Test
    void bulk_verify_names_the_count_and_leaves_out_items_lacking_required_evidence() {
        Users.staff(PROVINCE);
        var complete = submit("76.01", "KLB-01");
        var lacking = waitingWithoutEvidence("76.02");
        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.grid).select(0);
        test(view.grid).select(1);
        test(view.verifySelected).click();
        roundTrip();

        assertThat(test(view.confirmation).getHeader()).isEqualTo("Verifikasi 1 butir?");
        assertThat(test(view.confirmation).getText()).contains("1 butir terpilih tidak ikut");
        test(view.confirmation).confirm();

        assertThat(checklists.item(complete).verification()).isEqualTo(Verification.VERIFIED);
        assertThat(checklists.item(lacking).verification()).isEqualTo(Verification.WAITING);
        assertThat(test(view.grid).size()).isEqualTo(1);
        // the service refuses it on its own too, one by one or in a batch
        var version = checklists.item(lacking).version();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checklists.verify(lacking, version))
                .isInstanceOf(id.go.kemendagri.siap.base.InvalidInputException.class);
        var outcome = checklists.verifyAll(java.util.List.of(new id.go.kemendagri.siap.checklist.ItemRef(lacking, version)));
        assertThat(outcome.verified()).isZero();
        assertThat(outcome.missingEvidence()).containsExactly(lacking);
    }

    @Test
    void the_queue_returns_an_item_with_a_required_reason() {
        Users.staff(PROVINCE);
        var item = submit("76.01", "KLB-01");
        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);

        RowButtons.click(test(view.grid), 0, "actions", "sendBack");
        roundTrip();
        var dialog = $(ReturnDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(checklists.item(item).verification()).isEqualTo(Verification.WAITING);

        dialog.reason.setValue("Surat keputusan belum diunggah");
        test(dialog.confirm).click();

        var returned = checklists.item(item);
        assertThat(returned.verification()).isEqualTo(Verification.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Surat keputusan belum diunggah");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void a_selection_without_any_verifiable_item_verifies_nothing() {
        Users.staff(PROVINCE);
        waitingWithoutEvidence("76.03");
        var view = navigateAs(Users.evaluator(), "checklist/verifikasi?provinsi=76", ChecklistVerificationView.class);

        test(view.grid).select(0);
        test(view.verifySelected).click();

        assertThat(test(view.confirmation).getHeader()).isEqualTo("Tidak ada yang dapat diverifikasi");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }
}

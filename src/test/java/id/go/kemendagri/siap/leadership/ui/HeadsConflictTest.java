package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.leadership.CorrectionDraft;
import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.ReportDraft;
import id.go.kemendagri.siap.leadership.TenureDetails;
import id.go.kemendagri.siap.support.Users;

/**
 * A heads dialog whose save was refused because someone saved first stays open with what was typed, shows
 * both versions, and lets the user apply theirs on top of the current version or discard it.
 */
class HeadsConflictTest extends LeadershipUiTest {

    private HeadsSection open(String code) {
        navigate("wilayah/" + code, Component.class);
        return $(HeadsSection.class).single();
    }

    /** Another evaluator changes the decree number while the dialog is open. */
    private void someoneElseCorrectsTheDecree(TenureDetails pj, String decree) {
        tenures.correct(pj.id(), new CorrectionDraft(pj.personName(), pj.nip(), pj.originPosition(),
                pj.originInstitution(), pj.echelon(), pj.legalBasis(), decree, pj.version()));
    }

    /** An evaluator on Seruyan's page presses {@code action} on the current head: the dialog it opens. */
    private <T extends Component> T seruyanDialog(String action, Class<T> type) {
        Users.evaluator();
        press(open("62.07"), action);
        return $(type).single();
    }

    private ConflictPanel panel() {
        return $(ConflictPanel.class).single();
    }

    /** The dialog's conflict panel shows the stored value beside the typed one and says who saved first, and when. */
    private void assertShowsBoth(String stored, String typed, String savedBy, Instant savedAt) {
        assertThat(savedBy).isNotBlank();
        assertThat(panel().getElement().getTextRecursively()).contains(stored).contains(typed).contains(savedBy)
                .contains(Formats.dateTime(savedAt, UI.getCurrent().getLocale()));
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    /**
     * The other save arrives live and the section under the open dialog shows it; the dialog keeps the
     * version it was opened with, so the save that follows is refused as stale.
     */
    private AppointDialog correctionWithAConflict(TenureDetails pj) throws InterruptedException {
        Users.evaluator();
        var section = open("62.07");
        press(section, "correct");
        var dialog = $(AppointDialog.class).single();
        someoneElseCorrectsTheDecree(pj, "100.2.1.3-7777 Tahun 2024");
        awaitPush(() -> "100.2.1.3-7777 Tahun 2024".equals(section.head().decreeNumber()));
        test(dialog.decreeNumber).setValue("100.2.1.3-8888 Tahun 2024");
        test(dialog.save).click();
        return dialog;
    }

    @Test
    void a_stale_correction_keeps_the_dialog_open_with_both_versions_and_the_typed_input() throws Exception {
        var pj = pjInSeruyan();

        var dialog = correctionWithAConflict(pj);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.decreeNumber.getValue()).isEqualTo("100.2.1.3-8888 Tahun 2024");
        var stored = tenures.current("62.07").orElseThrow();
        assertShowsBoth("100.2.1.3-7777 Tahun 2024", "100.2.1.3-8888 Tahun 2024", stored.updatedBy(), stored.updatedAt());
        assertThat(tenures.current("62.07")).get().extracting(TenureDetails::decreeNumber)
                .isEqualTo("100.2.1.3-7777 Tahun 2024");
    }

    @Test
    void apply_mine_saves_the_typed_values_on_top_of_the_current_version() throws Exception {
        var pj = pjInSeruyan();
        var dialog = correctionWithAConflict(pj);

        click("conflict-apply-mine");

        assertThat(tenures.current("62.07")).get().extracting(TenureDetails::decreeNumber)
                .isEqualTo("100.2.1.3-8888 Tahun 2024");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void discard_mine_loads_the_current_values_into_the_form() throws Exception {
        var pj = pjInSeruyan();
        var dialog = correctionWithAConflict(pj);

        click("conflict-discard-mine");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.decreeNumber.getValue()).isEqualTo("100.2.1.3-7777 Tahun 2024");
        assertThat($(ConflictPanel.class).all()).isEmpty();
        assertThat(tenures.current("62.07")).get().extracting(TenureDetails::decreeNumber)
                .isEqualTo("100.2.1.3-7777 Tahun 2024");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("saving the loaded current values is no longer stale").isFalse();
    }

    @Test
    void a_stale_report_shows_both_references_and_apply_mine_records_it() {
        var pj = pjInSeruyan();
        Users.evaluator();
        var section = open("62.07");
        pressReport(section, 0, "record");
        var dialog = $(ReportDialog.class).single();
        var first = reports.schedule(pj.id()).getFirst();
        reports.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100.3/1/Pem", null, first.version()));

        test(dialog.sentOn).setValue(LocalDate.of(2024, 8, 12));
        test(dialog.documentRef).setValue("100.3/2/Pem");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        var stored = reports.schedule(pj.id()).getFirst();
        assertShowsBoth("100.3/1/Pem", "100.3/2/Pem", stored.updatedBy(), stored.updatedAt());
        assertThat(dialog.documentRef.getValue()).isEqualTo("100.3/2/Pem");
        click("conflict-apply-mine");
        assertThat(reports.schedule(pj.id()).getFirst().documentRef()).isEqualTo("100.3/2/Pem");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_stale_extension_is_applied_on_top_of_a_correction() {
        var pj = pjInSeruyan();
        var dialog = seruyanDialog("extend", ExtendDialog.class);
        someoneElseCorrectsTheDecree(pj, "100.2.1.3-7777 Tahun 2024");

        test(dialog.decreeNumber).setValue("100.2.1.3-9999 Tahun 2025");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        var stored = tenures.current("62.07").orElseThrow();
        assertShowsBoth("100.2.1.3-7777 Tahun 2024", "100.2.1.3-9999 Tahun 2025", stored.updatedBy(), stored.updatedAt());
        click("conflict-apply-mine");
        var now = tenures.current("62.07").orElseThrow();
        assertThat(now.extensionCount()).isEqualTo(1);
        assertThat(now.decreeNumber()).isEqualTo("100.2.1.3-9999 Tahun 2025");
    }

    @Test
    void a_term_someone_else_ended_offers_only_discard() {
        var pj = pjInSeruyan();
        var dialog = seruyanDialog("end", EndDialog.class);
        tenures.end(pj.id(), new EndDraft(LocalDate.of(2024, 9, 30), EndReason.RESIGNED, pj.version()));

        test(dialog.endedOn).setValue(LocalDate.of(2024, 9, 29));
        test(dialog.reason).selectItem(dialog.getTranslation("leadership.reason." + EndReason.RESIGNED.name()));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(panel().getElement().getTextRecursively()).contains("30 Sep 2024");
        assertThat($(Button.class).withId("conflict-apply-mine").all()).as("hidden: an ended term cannot be ended again")
                .isEmpty();
        click("conflict-discard-mine");
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(HeadsSection.class).single().head()).isNull();
    }
}

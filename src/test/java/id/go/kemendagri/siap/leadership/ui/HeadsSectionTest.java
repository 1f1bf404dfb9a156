package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.textfield.IntegerField;

import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.leadership.Recommendation;
import id.go.kemendagri.siap.leadership.ReportDraft;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.ReportSlot;
import id.go.kemendagri.siap.leadership.ReportStatus;
import id.go.kemendagri.siap.leadership.TenureDetails;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.Users;

class HeadsSectionTest extends LeadershipUiTest {

    private HeadsSection open(String code) {
        navigate("wilayah/" + code, com.vaadin.flow.component.Component.class);
        return $(HeadsSection.class).single();
    }

    private AppointDialog appointDialog(HeadsSection section) {
        press(section, "appoint");
        return $(AppointDialog.class).single();
    }

    private void fill(AppointDialog dialog, String name, String nip) {
        test(dialog.personName).setValue(name);
        test(dialog.nip).setValue(nip);
        test(dialog.originPosition).setValue("Kepala Dinas Kominfo");
        test(dialog.originInstitution).setValue("Pemerintah Provinsi Kalimantan Tengah");
        test(dialog.decreeNumber).setValue("100.2.1.3-2001 Tahun 2024");
        test(dialog.swornInOn).setValue(LocalDate.of(2024, 9, 2));
    }

    /** Clicks the first button in a report row: record (or change) for those who may. */
    private void record(HeadsSection section, int row) {
        pressReport(section, row, "record");
    }

    /** Seruyan's Pj with report 1 received on 10 Aug 2024, opened by an evaluator. */
    private HeadsSection sectionWithAReceivedReport() {
        var pj = pjInSeruyan();
        Users.evaluator();
        var first = reports.schedule(pj.id()).getFirst();
        reports.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100.3/1/Pem", null, first.version()));
        return open("62.07");
    }

    private EvaluationDialog evaluateFirstReport(HeadsSection section) {
        pressReport(section, 0, "evaluate");
        return $(EvaluationDialog.class).single();
    }

    @Test
    void the_section_shows_the_current_head_and_the_report_schedule() {
        pjInSeruyan();
        Users.leadership();

        var section = open("62.07");

        assertThat(section.head().personName()).isEqualTo("Pj Bupati Seruyan");
        assertThat(section.reports.slots()).hasSize(4);
        assertThat(section.reports.slots().getFirst()).extracting(ReportSlot::status).isEqualTo(ReportStatus.TERLAMBAT);
    }

    @Test
    void reports_of_an_earlier_term_since_extended_are_shown_as_not_reported() {
        var pj = pjInSeruyan();
        Users.evaluator();
        // The term (12 May 2024 - 12 May 2025) is extended; on 1 Jun 2025 the first three reports were never sent.
        var extended = tenures.extend(pj.id(), new id.go.kemendagri.siap.leadership.ExtensionDraft(
                "100.2.1.3-999 Tahun 2025", null, pj.version()));
        clock.setToday(LocalDate.of(2025, 6, 1));
        Users.leadership();

        var section = open("62.07");

        var rows = LitElements.list(section.reports, "rows").toString();
        assertThat(rows.split("Tidak dilaporkan \\(periode ditutup\\)", -1)).hasSize(1 + 3);
        assertThat(section.reports.slots()).filteredOn(section.reports::missed).extracting(ReportSlot::dueOn)
                .allMatch(due -> due.isBefore(extended.termStartedOn())).hasSize(3);
        // The report due the day the new term began is still late, and chased.
        assertThat(section.reports.slots()).filteredOn(r -> r.dueOn().equals(extended.termStartedOn()))
                .singleElement().satisfies(r -> assertThat(section.reports.missed(r)).isFalse());
    }

    @Test
    void leadership_see_no_buttons_to_write() {
        pjInSeruyan();
        Users.leadership();

        var section = open("62.07");

        assertThat(section.actions()).isEmpty();
        assertThat(section.reports.hasActions()).isFalse();
        assertThat(LitElements.list(section.reports, "rows").toString()).doesNotContain("BUTTON");
    }

    @Test
    void an_evaluator_appoints_a_pj_through_the_dialog() {
        Users.evaluator();
        var section = open("62.08");
        var dialog = appointDialog(section);

        fill(dialog, "Pj Bupati Baru", "19700315 200003 1 002");
        test(dialog.save).click();

        assertThat(tenures.current("62.08")).get().extracting(TenureDetails::personName).isEqualTo("Pj Bupati Baru");
        assertThat(section.head().status()).isEqualTo(HeadStatus.PJ);
        assertThat(dialog.isOpened()).isFalse();
        section.changes.setOpened(true);
        assertThat(test(section.changes.grid()).size()).as("the appointment is in the change history").isPositive();
    }

    /**
     * An evaluator's appointment in 62.08, filled with {@code name}, {@code nip} and {@code more}, that the save
     * refuses: the dialog stays open and nothing is stored.
     */
    private AppointDialog refusedAppointment(String name, String nip, java.util.function.Consumer<AppointDialog> more) {
        Users.evaluator();
        var dialog = appointDialog(open("62.08"));

        fill(dialog, name, nip);
        more.accept(dialog);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(tenures.current("62.08")).isEmpty();
        return dialog;
    }

    @Test
    void a_bad_nip_is_shown_on_its_field_and_nothing_is_stored() {
        var dialog = refusedAppointment("Pj Bupati Baru", "1970031520000310", d -> { });

        assertThat(dialog.nip.isInvalid()).isTrue();
        assertThat(dialog.nip.getErrorMessage()).contains("18 angka");
    }

    @Test
    void person_name_of_three_to_120_characters_is_checked_on_its_field_and_nothing_is_stored() {
        var dialog = refusedAppointment("Pj", "197003152000031002", d -> { });

        assertThat(dialog.personName.isInvalid()).isTrue();
        assertThat(dialog.personName.getErrorMessage()).isEqualTo("Nama wajib diisi, 3-120 karakter.");
    }

    @Test
    void a_keppres_on_a_kabupaten_is_shown_on_the_legal_basis() {
        var dialog = refusedAppointment("Pj Bupati Baru", "197003152000031002",
                d -> d.legalBasis.setValue(LegalBasis.KEPPRES));

        assertThat(dialog.legalBasis.isInvalid()).isTrue();
    }

    @Test
    void replacing_a_head_asks_why_the_previous_tenure_ends() {
        pjInSeruyan();
        Users.evaluator();
        var dialog = appointDialog(open("62.07"));
        assertThat(dialog.previousEndReason.isVisible()).isTrue();

        fill(dialog, "Pj Bupati Pengganti", "197003152000031002");
        dialog.previousEndReason.setValue(EndReason.RUNNING_IN_PILKADA);
        test(dialog.save).click();

        var history = tenures.history("62.07");
        assertThat(history).extracting(TenureDetails::personName).containsExactly("Pj Bupati Pengganti",
                "Pj Bupati Seruyan");
        assertThat(history.get(1).endReason()).isEqualTo(EndReason.RUNNING_IN_PILKADA);
    }

    @Test
    void provincial_staff_record_a_report_but_may_not_appoint() {
        var pj = pjInSeruyan();
        Users.staff("62");
        var section = open("62.07");
        assertThat(section.actions()).isEmpty();

        record(section, 0);
        var dialog = $(ReportDialog.class).single();
        test(dialog.sentOn).setValue(LocalDate.of(2024, 8, 20));
        test(dialog.documentRef).setValue("100.3/245/Pem/VIII/2024");
        test(dialog.save).click();

        Users.evaluator();
        assertThat(reports.schedule(pj.id()).getFirst().status()).isEqualTo(ReportStatus.TERKIRIM);
    }

    @Test
    void report_routing_the_report_dialog_records_and_shows_the_governors_forwarding_date() {
        var pj = pjInSeruyan();
        Users.staff("62");
        var section = open("62.07");

        record(section, 0);
        var dialog = $(ReportDialog.class).single();
        assertThat(dialog.forwardedOn.isVisible()).as("a Pj bupati's report goes through the governor").isTrue();
        test(dialog.sentOn).setValue(LocalDate.of(2024, 8, 20));
        test(dialog.documentRef).setValue("100.3/245/Pem/VIII/2024");
        test(dialog.forwardedOn).setValue(LocalDate.of(2024, 8, 19));
        test(dialog.save).click();
        assertThat(dialog.forwardedOn.isInvalid()).as("not before the report's date").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.forwardedOn).setValue(LocalDate.of(2024, 8, 26));
        test(dialog.save).click();

        Users.evaluator();
        assertThat(reports.schedule(pj.id()).getFirst().forwardedOn()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(PageText.of(open("62.07"))).contains("diteruskan gubernur 26 Agu 2024");
    }

    @Test
    void a_report_dated_in_the_future_is_refused_on_the_date_field() {
        pjInSeruyan();
        Users.staff("62");
        var section = open("62.07");

        record(section, 0);
        var dialog = $(ReportDialog.class).single();
        test(dialog.sentOn).setValue(LocalDate.of(2024, 10, 5));
        test(dialog.documentRef).setValue("100.3/245/Pem/VIII/2024");
        test(dialog.save).click();

        assertThat(dialog.sentOn.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_evaluator_scores_a_received_report_and_the_category_appears() {
        var section = sectionWithAReceivedReport();
        var dialog = evaluateFirstReport(section);
        dialog.scores.values().forEach(field -> test(field).setValue(90));
        test(dialog.neutrality).setValue(85);
        assertThat(dialog.preview.getElement().getTextRecursively()).contains("8 dari 8").contains("Baik")
                .contains("Hijau");
        dialog.recommendation.setValue(Recommendation.DILANJUTKAN);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.evaluations.size()).isEqualTo(1);
        assertThat(section.head().lastCategory()).isEqualTo(EvaluationCategory.BAIK);
    }

    @Test
    void a_score_above_100_is_marked_and_nothing_is_stored() {
        var section = sectionWithAReceivedReport();
        var dialog = evaluateFirstReport(section);
        dialog.scores.values().forEach(field -> field.setValue(90));
        dialog.scores.values().iterator().next().setValue(150);
        dialog.neutrality.setValue(85);
        dialog.recommendation.setValue(Recommendation.DILANJUTKAN);
        test(dialog.save).click();

        assertThat(dialog.scores.values().iterator().next().isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(section.evaluations.size()).isZero();
    }

    @Test
    void neutrality_score_of_0_to_100_is_checked_on_its_field_and_nothing_is_stored() {
        var section = sectionWithAReceivedReport();
        var dialog = evaluateFirstReport(section);
        dialog.scores.values().forEach(field -> test(field).setValue(90));
        dialog.neutrality.setValue(150);
        dialog.recommendation.setValue(Recommendation.DILANJUTKAN);
        test(dialog.save).click();

        assertThat(dialog.neutrality.isInvalid()).isTrue();
        assertThat(dialog.neutrality.getErrorMessage()).isEqualTo("Nilai netralitas ASN harus 0-100.");
        assertThat(dialog.scores.values()).noneMatch(IntegerField::isInvalid);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(section.evaluations.size()).isZero();
    }

    @Test
    void an_evaluator_corrects_the_heads_name_keeping_status_and_dates() {
        pjInSeruyan();
        Users.evaluator();
        var section = open("62.07");

        press(section, "correct");
        var dialog = $(AppointDialog.class).single();
        assertThat(dialog.personName.getValue()).isEqualTo("Pj Bupati Seruyan");
        assertThat(dialog.swornInOn.isVisible()).isFalse();
        test(dialog.personName).setValue("Pj Bupati Kabupaten Seruyan");
        test(dialog.save).click();

        assertThat(section.head().personName()).isEqualTo("Pj Bupati Kabupaten Seruyan");
        assertThat(section.head().swornInOn()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void campaign_leave_an_evaluator_records_the_pjs_and_the_region_page_shows_the_head_on_leave() {
        Users.evaluator();
        tenures.appoint("62.07", id.go.kemendagri.siap.leadership.LeadershipTestSupport.electedBupati("H. Yulhaidir"));
        var section = open("62.07");
        assertThat(section.actions()).contains("leave").doesNotContain("leave-cancel", "extend");

        press(section, "leave");
        var dialog = $(CampaignLeaveDialog.class).single();
        assertThat(PageText.of(dialog)).contains("25 Sep 2024").contains("23 Nov 2024").contains("24 Nov 2024");
        test(dialog.pjsName).setValue("Drs. Pjs Seruyan");
        test(dialog.pjsNip).setValue("1970");
        test(dialog.decreeNumber).setValue("100.2.1.3-4567 Tahun 2024");
        test(dialog.decreeDate).setValue(LocalDate.of(2024, 9, 20));
        test(dialog.save).click();
        assertThat(dialog.pjsNip.isInvalid()).as("the NIP's structure, checked on the server").isTrue();
        assertThat(tenures.current("62.07").orElseThrow().leave()).isNull();

        test(dialog.pjsNip).setValue("19700315 200003 1 002");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.head().leave().pjsName()).isEqualTo("Drs. Pjs Seruyan");
        assertThat(section.actions()).contains("leave-cancel");
        assertThat(PageText.of(section)).contains("H. Yulhaidir").contains("Cuti kampanye")
                .contains("sedang cuti, Pjs melaksanakan tugas").contains("Drs. Pjs Seruyan")
                .contains("Kepmendagri 100.2.1.3-4567 Tahun 2024 tanggal 20 Sep 2024");
    }
}

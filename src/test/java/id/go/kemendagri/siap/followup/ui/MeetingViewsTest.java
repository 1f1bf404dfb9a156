package id.go.kemendagri.siap.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.followup.FollowUpDraft;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.MeetingDraft;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class MeetingViewsTest extends UiTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    FollowUpService followUps;
    @Autowired
    Clock clock;

    private long meetingOf(String... regions) {
        Users.evaluator();
        return meetings.save(null, new MeetingDraft(MeetingType.RAKOR_FORKOPIMDA, "Rakor Forkopimda " + UUID.randomUUID(),
                LocalDate.now(clock).minusDays(3), "Pemprov Kaltim", "Samarinda", false, "Notulen.", Set.of(regions),
                null)).id();
    }

    /** An evaluator on the meeting list opens the dialog for a new meeting. */
    private MeetingDialog newMeeting() {
        Users.evaluator();
        test(navigate("rapat", MeetingListView.class).create).click();
        return $(MeetingDialog.class).single();
    }

    /** On the meeting's page: a follow-up for Satpol PP within ten days, for every participant, saved. */
    private AssignDialog assignToAll(String description) {
        test($(com.vaadin.flow.component.button.Button.class).id("meeting-assign")).click();
        var dialog = $(AssignDialog.class).single();
        test(dialog.description).setValue(description);
        test(dialog.unit).selectItem(dialog.getTranslation("followup.unit.SATPOL_PP"));
        dialog.deadline.setValue(LocalDate.now(clock).plusDays(10));
        test(dialog.save).click();
        return dialog;
    }

    @Test
    void an_evaluator_records_a_meeting_and_lands_on_its_page() {
        var dialog = newMeeting();
        test(dialog.type).selectItem(dialog.getTranslation("meeting.type.RAKORTEKRENBANG"));
        test(dialog.title).setValue("Rakortekrenbang Kaltara uji");
        dialog.date.setValue(LocalDate.now(clock).minusDays(1));
        test(dialog.organiser).setValue("Bappeda-Litbang Kaltara");
        test(dialog.place).setValue("Tanjung Selor");
        dialog.participants.setValue(Set.of(new RegionOption("65.01", "Kabupaten Malinau"), new RegionOption("65.02", "Kabupaten Bulungan")));
        test(dialog.save).click();

        var view = (MeetingView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("Rakortekrenbang Kaltara uji");
        assertThat(view.region.getListDataView().getItemCount()).isEqualTo(2);
    }

    @Test
    void a_meeting_without_title_or_regions_is_refused_with_messages_on_the_fields() {
        var dialog = newMeeting();
        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.participants.isInvalid()).isTrue();
        assertThat(dialog.participants.getErrorMessage()).isEqualTo(dialog.getTranslation("followup.error.regions"));
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_evaluator_gives_a_follow_up_to_every_participant_at_once() {
        var id = meetingOf("64.01", "64.02", "64.03");
        var view = navigate("rapat/" + id, MeetingView.class);
        var dialog = assignToAll("Memetakan kerawanan Pilkada");

        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void description_of_3_to_500_characters_is_checked_on_its_field_and_nothing_is_assigned() {
        var id = meetingOf("64.01", "64.02");
        var view = navigate("rapat/" + id, MeetingView.class);
        var dialog = assignToAll("ab");

        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.description.getErrorMessage()).isEqualTo("Uraikan tindak lanjut (3 sampai 500 karakter).");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void leadership_read_meetings_without_buttons_to_change_them() {
        var id = meetingOf("64.01");
        Users.leadership();

        var list = navigate("rapat", MeetingListView.class);
        assertThat(list.create.isVisible()).isFalse();
        navigate("rapat/" + id, MeetingView.class);

        assertThat($(com.vaadin.flow.component.button.Button.class).withId("meeting-assign").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("meeting-edit").exists()).isFalse();
    }

    @Test
    void staff_of_another_province_cannot_open_the_meeting() {
        var id = meetingOf("64.01");
        Users.staff("62");

        navigate("rapat/" + id, Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void staff_report_progress_from_the_region_page_and_cannot_close() {
        var id = meetingOf("64.07");
        followUps.assign(id, new FollowUpDraft("Menyusun rencana pengamanan", ResponsibleUnit.SATPOL_PP, null,
                LocalDate.now(clock).plusDays(5), Set.of("64.07")));
        Users.staff("64");
        navigate("wilayah/64.07", Component.class);
        var card = $(RegionFollowUps.Card.class).single();
        assertThat(card.shown()).isNotEmpty();
        assertThat(PageText.of(card)).contains("Menyusun rencana pengamanan");

        card.open("123456789");
        assertThat($(FollowUpDialog.class).all()).as("only listed follow-ups open").isEmpty();
        card.open(Long.toString(card.shown().getFirst()));
        var dialog = $(FollowUpDialog.class).single();
        assertThat(dialog.closeItem.isVisible()).isFalse();
        assertThat(dialog.status.getListDataView().getItems()).doesNotContain(FollowUpStatus.SELESAI);
        assertThat(dialog.status.getHelperText()).contains("evaluator Kemendagri").contains("bukti");
        test(dialog.status).selectItem(dialog.getTranslation("followup.status.PROSES"));
        test(dialog.note).setValue("Rapat teknis dengan Satpol PP sudah dijadwalkan");
        test(dialog.save).click();

        assertThat(followUps.page(new FollowUpFilter(id, "64.07", null, false, false), PageRequest.of(0, 10)))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(FollowUpStatus.PROSES));
    }

    /** A follow-up of the meeting given to one region of Kalimantan Timur, opened by its staff on the region page. */
    private FollowUpDialog openAsStaff(long meetingId, String code, String description) {
        return open(meetingId, code, description, () -> Users.staff("64"));
    }

    private FollowUpDialog open(long meetingId, String code, String description, Runnable signIn) {
        followUps.assign(meetingId, new FollowUpDraft(description, ResponsibleUnit.KESBANGPOL, null,
                LocalDate.now(clock).plusDays(5), Set.of(code)));
        signIn.run();
        navigate("wilayah/" + code, Component.class);
        var card = $(RegionFollowUps.Card.class).single();
        card.open(Long.toString(card.shown().getFirst()));
        return $(FollowUpDialog.class).single();
    }

    @Test
    void closing_a_follow_up_keeps_the_note_being_typed() {
        var id = meetingOf("64.09");
        var dialog = open(id, "64.09", "Menyiapkan posko", Users::evaluator);
        test(dialog.note).setValue("Bukti diperiksa, belum disimpan");
        test(dialog.closeItem).click();

        var item = followUps.page(new FollowUpFilter(id, "64.09", null, false, false), PageRequest.of(0, 1)).getFirst();
        assertThat(item.status()).isEqualTo(FollowUpStatus.SELESAI);
        assertThat(dialog.note.getValue()).isEqualTo("Bukti diperiksa, belum disimpan");
        test(dialog.save).click();
        assertThat(followUps.find(item.id()).note()).as("saved on top of the closed version")
                .isEqualTo("Bukti diperiksa, belum disimpan");
    }

    @Test
    void evidence_link_must_be_a_web_address_shown_on_its_field_and_nothing_is_stored() {
        var id = meetingOf("64.08");
        var dialog = openAsStaff(id, "64.08", "Menyusun rencana pengamanan");
        test(dialog.status).selectItem(dialog.getTranslation("followup.status.PROSES"));
        test(dialog.link).setValue("drive.example.go.id/bukti");
        test(dialog.save).click();

        assertThat(dialog.link.isInvalid()).isTrue();
        assertThat(dialog.link.getErrorMessage()).isEqualTo("Tautan harus alamat web lengkap (https://...).");
        assertThat(dialog.link.getValue()).as("the typing stays").isEqualTo("drive.example.go.id/bukti");
        assertThat(followUps.page(new FollowUpFilter(id, "64.08", null, false, false), PageRequest.of(0, 10)))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(FollowUpStatus.BARU));
    }

    @Test
    void a_follow_up_closed_elsewhere_updates_only_that_meetings_row_in_the_open_list() throws InterruptedException {
        var id = meetingOf("64.08", "64.09");
        followUps.assign(id, new FollowUpDraft("Menyusun rencana pengamanan", ResponsibleUnit.SATPOL_PP, null,
                LocalDate.now(clock).plusDays(5), Set.of("64.08", "64.09")));
        Users.evaluator();
        var list = navigate("rapat", MeetingListView.class);
        var index = -1;
        for (var i = 0; i < test(list.grid).size() && index < 0; i++) {
            if (test(list.grid).getRow(i).id() == id) {
                index = i;
            }
        }
        assertThat(index).isNotNegative();
        assertThat(test(list.grid).getRow(index).done()).isZero();

        var item = followUps.page(new FollowUpFilter(id, "64.08", null, false, false), PageRequest.of(0, 1)).getFirst();
        followUps.close(item.id(), item.version());

        // The push arrives from the live-update thread; the test's own thread runs what it queued.
        var deadline = System.nanoTime() + 5_000_000_000L;
        while (test(list.grid).getRow(index).done() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(test(list.grid).getRow(index).done()).isEqualTo(1);
    }

    @Test
    void a_stale_report_shows_both_versions_and_the_user_applies_theirs() {
        var id = meetingOf("64.11");
        var dialog = openAsStaff(id, "64.11", "Menyiapkan posko");
        var item = followUps.page(new FollowUpFilter(id, "64.11", null, false, false), PageRequest.of(0, 1)).getFirst();
        followUps.report(item.id(), new id.go.kemendagri.siap.followup.FollowUpProgress(FollowUpStatus.PROSES,
                "Catatan orang lain", "", item.version()));

        test(dialog.note).setValue("Catatan saya");
        test(dialog.save).click();

        var panel = $(id.go.kemendagri.siap.base.ui.ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Catatan orang lain").contains("Catatan saya");
        assertThat(dialog.note.getValue()).isEqualTo("Catatan saya");
        test($(com.vaadin.flow.component.button.Button.class).id("conflict-apply-mine")).click();
        assertThat(followUps.find(item.id()).note()).isEqualTo("Catatan saya");
    }

    @Test
    void the_type_filter_comes_from_the_url() {
        meetingOf("64.01");
        Users.evaluator();

        var list = navigate("rapat", MeetingListView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("rapat", QueryParameters.of("jenis", "RAKORTEKRENBANG"));

        assertThat(list.filters.type.getValue()).isEqualTo(MeetingType.RAKORTEKRENBANG);
        assertThat(test(list.grid).size()).isEqualTo((int) meetings.count(
                new id.go.kemendagri.siap.followup.MeetingFilter(MeetingType.RAKORTEKRENBANG, null, null)));
    }
}

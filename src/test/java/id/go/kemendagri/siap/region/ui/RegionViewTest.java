package id.go.kemendagri.siap.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.SavedElsewhereNotice;

import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class RegionViewTest extends UiTest {

    @Autowired
    DeskContactService contacts;
    @Autowired
    id.go.kemendagri.siap.region.VulnerabilityService vulnerability;
    @Autowired
    id.go.kemendagri.siap.region.DeskReportService deskReports;

    private DeskContactCard openContact(String path) {
        navigate(path, RegionView.class);
        return $(DeskContactCard.class).single();
    }

    private void type(DeskContactCard card, String name, String position, String unit, String phone, String email) {
        test(card.name).setValue(name);
        test(card.position).setValue(position);
        test(card.unit).setValue(unit);
        test(card.phone).setValue(phone);
        test(card.email).setValue(email);
    }

    /** Staff of Kalimantan Tengah open the region's contact for editing and type its five fields (not saved yet). */
    private DeskContactCard typeContact(String region, String name, String position, String unit, String phone,
            String email) {
        Users.staff("62");
        var card = openContact("wilayah/" + region);
        test(card.edit).click();
        type(card, name, position, unit, phone, email);
        return card;
    }

    @Test
    void the_page_names_the_region_and_its_province() {
        Users.evaluator();

        navigate("wilayah/62.71", RegionView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Kota Palangka Raya");
    }

    @Test
    void the_page_names_the_pilkada_that_elected_the_regions_last_head_and_when_that_term_ends() {
        Users.evaluator();

        assertThat(PageText.of(navigate("wilayah/62.07", RegionView.class)))
                .contains("Kepala daerah terakhir dipilih pada Pilkada 2018, masa jabatan sampai 2023");
        assertThat(PageText.of(navigate("wilayah/94", RegionView.class))).contains("Provinsi baru (UU 15/2022)");
    }

    @Test
    void an_evaluator_records_the_ikp_level_on_the_region_page_and_staff_only_see_it() {
        Users.evaluator();
        var view = navigate("wilayah/63.05", RegionView.class);

        test(view.recordVulnerability).click();
        var dialog = $(VulnerabilityDialog.class).single();
        test(dialog.source).setValue("Bawaslu RI, IKP Pemilihan Serentak 2024");
        test(dialog.save).click();
        assertThat(dialog.level.isInvalid()).as("no level chosen").isTrue();
        assertThat(vulnerability.find("63.05")).isEmpty();

        test(dialog.level).selectItem("Kerawanan tinggi");
        test(dialog.publishedOn).setValue(java.time.LocalDate.of(2024, 8, 26));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(vulnerability.find("63.05")).hasValueSatisfying(v -> assertThat(v.level())
                .isEqualTo(id.go.kemendagri.siap.region.VulnerabilityLevel.TINGGI));
        assertThat(PageText.of(view)).contains("IKP: Kerawanan tinggi");
    }

    @Test
    void staff_record_a_month_of_the_desk_report_series_from_its_row_and_a_forged_month_is_ignored() {
        Users.staff("63");
        var view = navigate("wilayah/63.10", RegionView.class);
        var card = $(DeskReportCard.class).single();
        assertThat(PageText.of(card)).contains("Laporan bulanan Desk Pilkada").contains("Mei 2024");

        card.act("record", "2099-01");
        card.act("delete", "2024-05");
        assertThat($(DeskReportDialog.class).all()).isEmpty();

        card.act("record", "2024-05");
        var dialog = $(DeskReportDialog.class).single();
        test(dialog.sentOn).setValue(java.time.LocalDate.of(2024, 6, 5));
        test(dialog.link).setValue("bukan tautan");
        test(dialog.save).click();
        assertThat(dialog.link.isInvalid()).isTrue();
        test(dialog.link).setValue("https://kesbangpol.example.go.id/desk/2024-05.pdf");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(deskReports.series("63.10")).filteredOn(m -> m.month().equals(java.time.YearMonth.of(2024, 5)))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(id.go.kemendagri.siap.region.DeskReportStatus.ON_TIME));
        assertThat(PageText.of(view)).contains("Tepat waktu");
    }

    @Test
    void staff_see_the_ikp_level_without_the_button_to_record_it() {
        Users.evaluator();
        var version = vulnerability.find("63.07").map(id.go.kemendagri.siap.region.VulnerabilityDetails::version).orElse(null);
        vulnerability.save("63.07", new id.go.kemendagri.siap.region.VulnerabilityDraft(
                id.go.kemendagri.siap.region.VulnerabilityLevel.RENDAH, "Bawaslu RI, IKP 2024", java.time.LocalDate.of(2024, 8, 26),
                version));
        Users.staff("63");

        var view = navigate("wilayah/63.07", RegionView.class);

        assertThat(PageText.of(view)).contains("IKP: Kerawanan rendah");
        assertThat(view.recordVulnerability.isAttached()).as("staff read the level, the ministry records it").isFalse();
    }

    @Test
    void leadership_see_the_contact_without_an_edit_button() {
        Users.leadership();

        var card = openContact("wilayah/62.05");

        assertThat(card.edit.isVisible()).isFalse();
    }

    @Test
    void staff_edit_and_save_their_regions_contact() {
        var card = typeContact("62.05", "Siti Rahmawati", "Kepala Bidang Poldagri", "Badan Kesbangpol Kabupaten", "0813 4567 8901", "desk.pilkada@example.go.id");
        test(card.save).click();

        assertThat(contacts.find("62.05")).map(DeskContactDetails::name).contains("Siti Rahmawati");
        assertThat(test(card.save).isUsable()).isFalse();
    }

    @Test
    void markup_typed_into_the_contact_is_shown_as_text() {
        var card = typeContact("62.08", "<script>alert(1)</script> Budi", "Kabid", "Kesbangpol", "0813 4567 8901", "budi@example.go.id");
        test(card.save).click();

        assertThat(PageText.of(card)).contains("<script>alert(1)</script> Budi");
        // The name travels as data to <siap-panel>, whose Lit template writes it as text; no HTML is sent.
        var display = card.getElement().getChildren().filter(e -> e.getClassList().contains("contact-display"))
                .findFirst().orElseThrow();
        assertThat(display.getTag()).isEqualTo("siap-panel");
        assertThat(display.hasProperty("innerHTML")).isFalse();
        assertThat(display.getPropertyRaw("facts").toString()).contains("<script>alert(1)</script> Budi");
        assertThat(card.getElement().getChildren().anyMatch(child -> "script".equals(child.getTag()))).isFalse();
    }

    @Test
    void a_bad_phone_number_is_shown_on_the_field_and_nothing_is_saved() {
        Users.staff("62");
        var before = contacts.find("62.06");
        var card = typeContact("62.06", "Andi", "Kabid", "Kesbangpol", "12", "andi@example.go.id");
        test(card.save).click();

        assertThat(card.phone.isInvalid()).isTrue();
        assertThat(card.phone.getErrorMessage()).isNotBlank();
        assertThat(contacts.find("62.06")).isEqualTo(before);
    }

    @Test
    void a_name_too_short_is_marked_while_typing_with_the_rules_words_and_not_sent() {
        Users.staff("62");
        var before = contacts.find("62.06");
        var card = typeContact("62.06", "Al", "Kabid", "Kesbangpol", "0813 4567 8901", "al@example.go.id");

        assertThat(card.name.isInvalid()).isTrue();
        assertThat(card.name.getErrorMessage()).isEqualTo("Nama wajib diisi, 3-100 karakter.");
        test(card.save).click();
        assertThat(contacts.find("62.06")).isEqualTo(before);
    }

    private DeskContactCard staleEdit(String region) {
        Users.staff("62");
        var card = openContact("wilayah/" + region);
        test(card.edit).click();
        var loaded = contacts.find(region).map(DeskContactDetails::toDraft).orElse(DeskContactDraft.empty());
        contacts.save(region, new DeskContactDraft("Orang Lain", "Kabid", "Kesbangpol", "0812 1111 2222",
                "lain@example.go.id", loaded.version()));
        type(card, "Saya", "Kabid", "Kesbangpol", "0812 3333 4444", "saya@example.go.id");
        test(card.save).click();
        return card;
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused_and_both_versions_are_shown_side_by_side() {
        var card = staleEdit("62.07");

        assertThat(contacts.find("62.07")).map(DeskContactDetails::name).contains("Orang Lain");
        var panel = $(ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Orang Lain").contains("Saya");
        assertThat(card.name.getValue()).as("what the user typed is kept").isEqualTo("Saya");
    }

    @Test
    void after_a_conflict_the_user_applies_their_values_on_top_of_the_current_version() {
        var card = staleEdit("62.12");

        test($(Button.class).id("conflict-apply-mine")).click();

        assertThat(contacts.find("62.12")).map(DeskContactDetails::name).contains("Saya");
        assertThat(test(card.save).isUsable()).isFalse();
    }

    @Test
    void after_a_conflict_the_user_discards_their_values_and_sees_the_current_ones() {
        var card = staleEdit("62.13");

        test($(Button.class).id("conflict-discard-mine")).click();

        assertThat(contacts.find("62.13")).map(DeskContactDetails::name).contains("Orang Lain");
        assertThat(PageText.of(card)).contains("Orang Lain");
        assertThat(test(card.save).isUsable()).isFalse();
    }

    /**
     * Staff open the contact's form and type; a colleague in another browser saves the contact meanwhile, which
     * reaches the open page as a live update. Returns the card once the notice is shown.
     */
    private DeskContactCard typingWhileAColleagueSaves(String region, String name, String email) throws InterruptedException {
        var card = typeContact(region, name, "Kabid", "Kesbangpol", "0812 3333 4444", email);
        var loaded = contacts.find(region).map(DeskContactDetails::toDraft).orElse(DeskContactDraft.empty());
        colleagueSaves("rekan-kalteng", Role.PROVINCIAL_STAFF, "62", () -> contacts.save(region, new DeskContactDraft(
                "Rekan Kalteng", "Kabid", "Kesbangpol", "0812 1111 2222", "rekan@example.go.id", loaded.version())));
        return card;
    }

    @Test
    void someone_elses_save_names_them_in_the_open_contact_form_and_reload_loads_their_values() throws Exception {
        var card = typingWhileAColleagueSaves("62.10", "Saya Sendiri", "saya@example.go.id");

        var when = Formats.time(contacts.find("62.10").orElseThrow().updatedAt(), Formats.INDONESIAN);
        assertNoticeInside(card.name.getParent().flatMap(Component::getParent).orElseThrow(),
                "rekan-kalteng baru saja menyimpan kontak ini (" + when + ").");
        assertThat(card.name.getValue()).as("the notice leaves the typing alone").isEqualTo("Saya Sendiri");

        test($(Button.class).id("saved-elsewhere-reload")).click();
        assertThat(card.name.getValue()).isEqualTo("Rekan Kalteng");
        assertThat(card.email.getValue()).isEqualTo("rekan@example.go.id");
        assertThat($(SavedElsewhereNotice.class).all()).isEmpty();
        test(card.position).setValue("Kepala Bidang");
        test(card.save).click();
        assertThat(contacts.find("62.10")).as("saved on top of the new version, not refused").hasValueSatisfying(saved -> {
            assertThat(saved.name()).isEqualTo("Rekan Kalteng");
            assertThat(saved.position()).isEqualTo("Kepala Bidang");
        });
    }

    @Test
    void compare_shows_both_contacts_keeps_the_typing_and_the_user_takes_theirs() throws Exception {
        var card = typingWhileAColleagueSaves("62.11", "Saya", "saya-tanpa-domain");
        assertThat(card.email.isInvalid()).isTrue();

        test($(Button.class).id("saved-elsewhere-compare")).click();

        var panel = $(ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("rekan-kalteng", "Rekan Kalteng", "0812 1111 2222")
                .as("typed values are shown, also one that breaks a rule").contains("Saya", "0812 3333 4444", "saya-tanpa-domain");
        assertThat(card.name.getValue()).as("what the user typed is kept").isEqualTo("Saya");
        assertThat(card.email.getValue()).isEqualTo("saya-tanpa-domain");
        test($(Button.class).id("conflict-discard-mine")).click();

        assertThat(card.name.getValue()).isEqualTo("Rekan Kalteng");
        assertThat(card.email.getValue()).isEqualTo("rekan@example.go.id");
        assertThat(card.email.isInvalid()).isFalse();
        assertThat(test(card.save).isUsable()).as("the form stays open on their version").isTrue();
        assertThat(contacts.find("62.11")).map(DeskContactDetails::name).contains("Rekan Kalteng");
    }
}

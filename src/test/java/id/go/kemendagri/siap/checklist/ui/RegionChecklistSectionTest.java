package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.button.Button;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.SavedElsewhereNotice;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Verification;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The checklist section of the region page, without a browser. These tests commit: they work in
 * Kalimantan Selatan (63), whose checklists they reset first, and leave the other provinces alone.
 */
class RegionChecklistSectionTest extends UiTest {

    static final String REGION = "63.01";
    static final String LINK = "https://kalselprov.go.id/bukti.pdf";

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;
    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetKalimantanSelatan() {
        ChecklistUiFixtures.reset(jdbc, "63");
    }

    /** Opens the region page afresh (going elsewhere first: the same location twice would keep the old page). */
    private RegionChecklistPanel open(String region) {
        navigate("tentang", com.vaadin.flow.component.Component.class);
        navigate("wilayah/" + region, com.vaadin.flow.component.Component.class);
        return $(RegionChecklistPanel.class).single();
    }

    /** Opens the item with this code, as a click on its row does. */
    private ChecklistItemCard card(RegionChecklistPanel panel, String code) {
        return panel.open(code);
    }

    /** A closed item's row in the panel, null if the item is not shown as a row. */
    private static ChecklistRows.Row row(RegionChecklistPanel panel, String code) {
        return panel.rows().stream().filter(row -> row.code().equals(code)).findFirst().orElse(null);
    }

    private ChecklistItemDetails stored(String code) {
        return checklists.regionChecklist(REGION).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
    }

    /** Staff of Kalimantan Selatan mark the item done in place, with {@code link} as evidence: its card. */
    private ChecklistItemCard doneByStaff(String code, String link) {
        Users.staff("63");
        var card = card(open(REGION), code);
        markDone(card, link);
        return card;
    }

    /** Opens the item's editor in the panel and types a note, not saved. */
    private ChecklistItemCard typingANote(RegionChecklistPanel panel, String code, String note) {
        var card = card(panel, code);
        card.startEditing();
        test(card.editor.note).setValue(note);
        return card;
    }

    /**
     * Staff type a note into KLB-02 while someone else saves {@code code} as in progress with {@code theirs}, and the
     * panel refreshes from the server: the card typed in.
     */
    private ChecklistItemCard typingWhileSomeoneSaves(String typed, String code, String theirs) {
        Users.staff("63");
        var panel = open(REGION);
        var card = typingANote(panel, "KLB-02", typed);
        inProgress(code, theirs);
        panel.refreshFromServer();
        return card;
    }

    /**
     * The signed-in user (or a colleague, see {@code elsewhere}) saves the item as in progress with that note, on top of
     * its stored version, not through the open form.
     */
    private void inProgress(String code, String note) {
        var loaded = stored(code);
        checklists.update(loaded.id(), new ChecklistItemDraft(ItemStatus.PROSES, note, null, loaded.version()));
    }

    private void markDone(ChecklistItemCard card, String link) {
        card.startEditing();
        test(card.editor.status).selectItem("Selesai");
        test(card.editor.link).setValue(link);
        test(card.editor.save).click();
    }

    @Test
    void a_save_over_someone_elses_newer_save_shows_both_and_the_user_applies_theirs() {
        Users.staff("63");
        var card = card(open(REGION), "KLB-02");
        card.startEditing();
        var loaded = stored("KLB-02");
        checklists.update(loaded.id(), new ChecklistItemDraft(ItemStatus.PROSES, "Catatan orang lain", null,
                loaded.version()), null);

        test(card.editor.note).setValue("Catatan saya");
        test(card.editor.save).click();

        var panel = $(id.go.kemendagri.siap.base.ui.ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Catatan orang lain", "Catatan saya");
        assertThat(card.editor.note.getValue()).isEqualTo("Catatan saya");
        test($(com.vaadin.flow.component.button.Button.class).id("conflict-apply-mine")).click();
        assertThat(stored("KLB-02").note()).isEqualTo("Catatan saya");
    }

    @Test
    void aDerivedItemShowsItsSourceAndStaffCannotChangeItsStatus() {
        Users.staff("63");
        var card = card(open(REGION), "DNA-03");
        card.startEditing();

        assertThat(card.getElement().getTextRecursively()).contains("Diturunkan dari NPHD KPU",
                "Sumber: NPHD KPU: belum diusulkan", "Buka sumber");
        assertThat(card.editor.status.isReadOnly()).as("the status follows the grant").isTrue();
        assertThat(card.editor.status.getHelperText()).isEqualTo(
                "Status mengikuti sumber; catatan dan bukti dapat ditambahkan.");
        test(card.editor.note).setValue("NPHD dijadwalkan ditandatangani pekan depan.");
        test(card.editor.save).click();
        assertThat(stored("DNA-03").note()).isEqualTo("NPHD dijadwalkan ditandatangani pekan depan.");
        assertThat(stored("DNA-03").status()).isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void the_checklist_shows_every_item_grouped_by_theme() {
        Users.staff("63");
        var panel = open(REGION);

        assertThat(panel.rows()).hasSize(25);
        assertThat(PageText.of(panel)).contains("Kelembagaan", "Pendanaan", "Keamanan", "KLB-01");
        assertThat(panel.cards()).as("closed items are rows of HTML, not components").isEmpty();
    }

    @Test
    void staff_mark_an_item_done_in_place_and_it_waits_for_an_evaluator() {
        var card = doneByStaff("KLB-01", LINK);

        assertThat(stored("KLB-01").verification()).isEqualTo(Verification.WAITING);
        assertThat(card.editor.isVisible()).isFalse();
        assertThat(PageText.of(card)).contains("Menunggu verifikasi");
    }

    @Test
    void done_without_the_required_evidence_shows_why_and_stores_nothing() {
        var card = doneByStaff("KLB-01", "");

        assertThat(card.editor.link.isInvalid()).isTrue();
        assertThat(card.editor.link.getErrorMessage()).contains("wajib bukti");
        assertThat(stored("KLB-01").status()).isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void leadership_read_the_checklist_without_edit_or_verify_buttons() {
        Users.leadership();
        var card = card(open(REGION), "KLB-01");
        assertThat(card.shownRow().editable()).isFalse();
        card.startEditing();
        card.open();

        assertThat(card.editor).isNull();
        assertThat(card.verify.isVisible()).isFalse();
    }

    @Test
    void staff_cannot_verify_and_evaluators_verify_in_place() {
        var staffCard = doneByStaff("KLB-03", LINK);
        assertThat(stored("KLB-03").verification()).isEqualTo(Verification.WAITING);
        assertThat(staffCard.verify.isVisible()).isFalse();

        ChecklistUiFixtures.switchTo(Users.evaluator());
        var card = card(open(REGION), "KLB-03");
        card.open();
        test(card.verify).click();

        assertThat(stored("KLB-03").verification()).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void a_return_without_a_reason_is_refused_and_the_item_keeps_waiting() {
        doneByStaff("KLB-03", LINK);
        ChecklistUiFixtures.switchTo(Users.evaluator());
        var card = card(open(REGION), "KLB-03");

        card.open();
        test(card.giveBack).click();
        var dialog = $(ReturnDialog.class).single();
        test(dialog.confirm).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(stored("KLB-03").verification()).isEqualTo(Verification.WAITING);
        test(dialog.reason).setValue("SK belum ditandatangani");
        test(dialog.confirm).click();
        assertThat(stored("KLB-03").verification()).isEqualTo(Verification.RETURNED);
        assertThat(PageText.of(card)).contains("SK belum ditandatangani", "Dikembalikan");
    }

    @Test
    void a_change_by_someone_else_shows_at_once_while_typing_in_another_item_is_kept() {
        var mine = typingWhileSomeoneSaves("sedang saya tulis", "DNA-09", "oleh rekan");
        var panel = $(RegionChecklistPanel.class).single();

        assertThat(row(panel, "DNA-09").toString()).contains("Proses").doesNotContain("oleh rekan");
        var changed = card(panel, "DNA-09");
        assertThat(PageText.of(changed)).contains("oleh rekan");
        assertThat(mine.editor.isVisible()).isTrue();
        assertThat(mine.editor.note.getValue()).isEqualTo("sedang saya tulis");
    }

    @Test
    void a_save_over_a_newer_change_is_refused_shows_both_versions_and_the_user_discards_theirs() {
        var card = typingWhileSomeoneSaves("versi saya", "KLB-02", "versi rekan");
        assertThat(card.editor.conflict.isVisible()).as("warned while typing").isTrue();
        assertThat($(SavedElsewhereNotice.class).single().text()).startsWith("test-staff-63 baru saja menyimpan butir ini");
        assertThat(card.editor.note.getValue()).isEqualTo("versi saya");
        test(card.editor.save).click();

        assertThat(stored("KLB-02").note()).isEqualTo("versi rekan");
        assertThat(card.editor.note.getValue()).as("what the user typed is kept").isEqualTo("versi saya");
        assertThat(card.editor.conflict.getElement().getTextRecursively()).contains("versi saya", "versi rekan");
        test($(com.vaadin.flow.component.button.Button.class).id("conflict-discard-mine")).click();
        assertThat(card.editor.isVisible()).isFalse();
        assertThat(stored("KLB-02").note()).isEqualTo("versi rekan");
    }

    /**
     * Staff open the item's form and type a note; a colleague in another browser saves the item meanwhile, which
     * reaches the open page as a live update. Returns the card once the notice is shown.
     */
    private ChecklistItemCard typingWhileAColleagueSaves(String code, String typed, String theirs) throws InterruptedException {
        Users.staff("63");
        var card = typingANote(open(REGION), code, typed);
        colleagueSaves("rekan-kalsel", Role.PROVINCIAL_STAFF, "63", () -> inProgress(code, theirs));
        return card;
    }

    @Test
    void someone_elses_save_names_them_in_the_open_form_and_reload_loads_their_version() throws Exception {
        var card = typingWhileAColleagueSaves("KLB-02", "sedang saya tulis", "disimpan rekan");

        var when = Formats.time(stored("KLB-02").updatedAt(), Formats.INDONESIAN);
        assertNoticeInside(card.editor, "rekan-kalsel baru saja menyimpan butir ini (" + when + ").");
        assertThat(card.editor.note.getValue()).as("the notice leaves the typing alone").isEqualTo("sedang saya tulis");
        assertThat(card.isEditing()).isTrue();

        test($(Button.class).id("saved-elsewhere-reload")).click();
        assertThat(card.editor.note.getValue()).isEqualTo("disimpan rekan");
        assertThat(card.editor.status.getValue()).isEqualTo(ItemStatus.PROSES);
        assertThat($(SavedElsewhereNotice.class).all()).isEmpty();
        assertThat(card.isEditing()).as("the form stays open on the new version").isTrue();
        test(card.editor.note).setValue("disimpan rekan, dilengkapi");
        test(card.editor.save).click();
        assertThat(stored("KLB-02").note()).as("saved on top of the new version, not refused")
                .isEqualTo("disimpan rekan, dilengkapi");
    }

    @Test
    void compare_shows_both_versions_keeps_the_typing_and_applies_it_on_top_of_theirs() throws Exception {
        var card = typingWhileAColleagueSaves("FAS-02", "versi saya", "versi rekan");

        test($(Button.class).id("saved-elsewhere-compare")).click();

        var panel = $(ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("rekan-kalsel", "versi rekan", "versi saya");
        assertThat(card.editor.note.getValue()).as("what the user typed is kept").isEqualTo("versi saya");
        assertThat(stored("FAS-02").note()).isEqualTo("versi rekan");
        test($(Button.class).id("conflict-apply-mine")).click();

        assertThat(stored("FAS-02").note()).isEqualTo("versi saya");
        assertThat(card.isEditing()).isFalse();
    }

    @Test
    void the_history_lists_each_change_with_who_made_it() {
        var card = doneByStaff("KLB-01", LINK);

        var history = card.history;
        history.setOpened(true);

        assertThat(test(history.grid()).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(history.grid()).getCellText(0, 1)).isEqualTo("test-staff-63");
    }

    /** What the browser sends when a row's toggle or edit button is clicked: the rows that show the item fire it. */
    private static void click(RegionChecklistPanel panel, String action, String itemId) {
        var rows = java.util.stream.Stream.concat(panel.cards().stream().map(card -> card.getChildren().findFirst().orElseThrow()),
                        panel.getElement().getChildren().flatMap(child -> java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(child), child.getChildren()))
                                .map(com.vaadin.flow.dom.Element::getComponent).flatMap(java.util.Optional::stream))
                .filter(ChecklistRows.class::isInstance).map(ChecklistRows.class::cast)
                .sorted(java.util.Comparator.comparing(shown -> shown.rows().stream().noneMatch(row -> row.key().equals(itemId))))
                .findFirst().orElseThrow();
        LitElements.fire(rows, "siap-action", java.util.Map.of("event.detail.action", action, "event.detail.key", itemId));
    }

    @Test
    void a_click_on_a_row_opens_the_item_a_second_closes_it_and_what_it_built_is_let_go() {
        Users.staff("63");
        var panel = open(REGION);
        var row = row(panel, "KLB-01");
        assertThat(row.editable()).isTrue();
        assertThat(row.expanded()).isFalse();
        var id = row.key();
        assertThat(panel.cards()).as("a closed item builds no components").isEmpty();

        click(panel, "toggle", id);
        var card = panel.cards().getFirst();
        assertThat(card.isOpened()).isTrue();
        assertThat(card.shownRow().expanded()).isTrue();
        assertThat(PageText.of(card)).contains("Wajib bukti", "Riwayat");
        assertThat(row(panel, "KLB-01")).as("shown as its card, not as a row").isNull();
        assertThat(row(panel, "KLB-02")).isNotNull();

        click(panel, "edit", id);
        assertThat(card.isEditing()).isTrue();
        assertThat(card.shownRow().editable()).as("no edit button while editing").isFalse();
        click(panel, "toggle", id);
        assertThat(card.isOpened()).as("an item being edited stays open").isTrue();
        test(card.editor.cancel).click();

        click(panel, "toggle", id);
        assertThat(card.isOpened()).isFalse();
        assertThat(card.editor).isNull();
        assertThat(card.history).isNull();
        assertThat(panel.cards()).isEmpty();
        assertThat(card.getElement().getParent()).as("the card is let go").isNull();
        assertThat(row(panel, "KLB-01")).isNotNull();

        click(panel, "toggle", "99999999");
        click(panel, "toggle", "1; drop");
        assertThat(panel.cards()).as("items of other regions and garbage open nothing").isEmpty();
    }

    @Test
    void an_item_someone_else_edits_is_marked_on_its_row_until_they_stop() {
        Users.staff("63");
        var panel = open(REGION);

        panel.showOthersEditing(java.util.Map.of(RegionChecklistPanel.formKey("KLB-02"), java.util.List.of("Budi Santoso")));
        assertThat(row(panel, "KLB-02").othersEditing()).contains("Budi Santoso");
        var card = card(panel, "KLB-02");
        assertThat(card.getElement().getClassList()).as("and on its card when open").contains("edited-by-others");
        assertThat(PageText.of(card)).contains("Budi Santoso");

        panel.showOthersEditing(java.util.Map.of());
        assertThat(card.getElement().getClassList()).doesNotContain("edited-by-others");
        assertThat(PageText.of(card)).doesNotContain("Budi Santoso");
        assertThat(row(panel, "KLB-03").othersEditing()).isEmpty();
    }

    @Test
    void who_edits_which_item_is_shown_without_reading_the_database() {
        Users.staff("63");
        var panel = open(REGION);
        var statements = new Statements(entityManagerFactory);

        var count = statements.countWhile(() -> panel.showOthersEditing(java.util.Map.of(
                RegionChecklistPanel.formKey("KLB-03"), java.util.List.of("Rina"))));

        assertThat(count).isZero();
        assertThat(row(panel, "KLB-03").othersEditing()).contains("Rina");
    }

    @Test
    void a_region_without_a_pilkada_has_no_checklist() {
        Users.evaluator();
        navigate("wilayah/34", com.vaadin.flow.component.Component.class);

        assertThat($(RegionChecklistPanel.class).all()).isEmpty();
    }
}

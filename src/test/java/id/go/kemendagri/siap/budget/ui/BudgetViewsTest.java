package id.go.kemendagri.siap.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.GrantRow;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The budget list, the national table and the region page's budget section, without a browser. Province 73. */
class BudgetViewsTest extends UiTest {

    /** The region page belongs to the region feature; reached by its route as the app does. */
    @SuppressWarnings("unchecked")
    static Class<Component> regionView() throws ClassNotFoundException {
        return (Class<Component>) Class.forName("id.go.kemendagri.siap.region.ui.RegionView");
    }

    @Autowired
    BudgetService budget;

    private GrantCard card(String region, Recipient recipient) throws Exception {
        navigate("wilayah/" + region, regionView());
        return $(GrantCard.class).all().stream().filter(c -> c.recipient() == recipient).findFirst().orElseThrow();
    }

    /** Staff of province 73 sign the region's TNI grant (1 billion agreed, NPHD of 10 Nov 2023) and open its card. */
    private GrantCard signedTniCard(String region, String nphdNumber) throws Exception {
        Users.staff("73");
        var loaded = budget.find(region, Recipient.TNI);
        budget.save(region, Recipient.TNI, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, 1_000_000_000L,
                1_000_000_000L, nphdNumber, LocalDate.of(2023, 11, 10), 40, loaded.version()));
        return card(region, Recipient.TNI);
    }

    @Test
    void the_list_takes_its_filters_from_the_url() {
        Users.evaluator();

        var view = navigateAs(Users.evaluator(), "anggaran?penerima=KPU&tahap=SIGNED&pita=RED&terlambat=ya",
                BudgetListView.class);

        assertThat(view.filters.recipient.getValue()).isEqualTo(Recipient.KPU);
        assertThat(view.filters.stage.getValue()).isEqualTo(SigningStage.SIGNED);
        assertThat(view.filters.band.getValue()).isEqualTo(Band.RED);
        assertThat(view.filters.late.getValue()).isTrue();
        assertThat(view.totals.getText()).contains("baris");
    }

    @Test
    void a_phone_card_gives_the_disbursed_share_only_where_there_is_an_agreement() {
        var view = navigateAs(Users.evaluator(), "anggaran", BudgetListView.class);
        var none = new GrantRow(1, "73.01", "Kab. Kepulauan Selayar", "73", "Sulawesi Selatan", Recipient.KPU,
                SigningStage.NOT_PROPOSED, null, null, null, 0, null, null, null, null, false, false, false);
        var signed = new GrantRow(2, "73.01", "Kab. Kepulauan Selayar", "73", "Sulawesi Selatan", Recipient.KPU,
                SigningStage.SIGNED, Scheme.TRANCHES, 2_000_000_000L, 2_000_000_000L, 800_000_000L, "001/NPHD/KPU/2024",
                LocalDate.of(2024, 5, 2), null, null, false, false, false);

        assertThat(view.card(none)).extracting(Piece::text).noneMatch(t -> t != null && t.contains("("));
        assertThat(view.card(signed)).extracting(Piece::text).anyMatch(t -> t != null && t.endsWith("Tersalur Rp800.000.000 (40%)"));
    }

    @Test
    void staff_have_their_province_fixed_and_see_the_import() {
        Users.staff("73");

        var view = navigate("anggaran", BudgetListView.class);

        assertThat(view.filters.province.isReadOnly()).isTrue();
        assertThat(view.filters.province.getValue().code()).isEqualTo("73");
        assertThat(view.totals.getText()).startsWith("100 baris");
        assertThat($(RouterLink.class).all()).anyMatch(l -> "import-link".equals(l.getId().orElse("")));
    }

    @Test
    void leadership_get_no_import_link() {
        Users.leadership();

        navigate("anggaran", BudgetListView.class);

        assertThat($(RouterLink.class).all()).noneMatch(l -> "import-link".equals(l.getId().orElse("")));
    }

    @Test
    void the_national_table_has_the_four_recipients_and_a_total_and_opens_a_province_list() {
        Users.evaluator();

        var view = navigateAs(Users.evaluator(), "anggaran/rekap?penerima=POLRI", BudgetRecapView.class);

        assertThat(view.national.getGenericDataView().getItems().count()).isEqualTo(5);
        assertThat(view.provinces.isVisible()).isTrue();
        assertThat(view.provinces.getGenericDataView().getItems().count()).isEqualTo(38);
    }

    @Test
    void staff_sign_an_nphd_on_the_region_page() throws Exception {
        Users.staff("73");
        var card = card("73.01", Recipient.KPU);

        GrantCardTransfersTest.press(card, "edit");
        test(card.form.stage).selectItem(card.form.stage.getItemLabelGenerator().apply(SigningStage.SIGNED));
        test(card.form.proposed).setValue("Rp12.000.000.000");
        test(card.form.agreed).setValue("11.500.000.000");
        test(card.form.nphdNumber).setValue("001/NPHD/KPU/2023");
        card.form.signedOn.setValue(LocalDate.of(2023, 11, 10));
        test(card.form.save).click();

        var stored = budget.find("73.01", Recipient.KPU);
        assertThat(stored.agreed()).isEqualTo(11_500_000_000L);
        assertThat(stored.tranches()).hasSize(2);
        assertThat(card.form.isVisible()).isFalse();
        assertThat(PageText.of(card)).contains("Rp11.500.000.000");
    }

    @Test
    void text_in_an_amount_field_is_marked_and_nothing_is_saved() throws Exception {
        Users.staff("73");
        var before = budget.find("73.02", Recipient.KPU);
        var card = card("73.02", Recipient.KPU);

        GrantCardTransfersTest.press(card, "edit");
        test(card.form.agreed).setValue("sebelas miliar");
        test(card.form.save).click();

        assertThat(card.form.agreed.isInvalid()).isTrue();
        assertThat(budget.find("73.02", Recipient.KPU)).isEqualTo(before);
    }

    @Test
    void a_transfer_above_the_agreement_is_shown_on_the_amount_field() throws Exception {
        var card = signedTniCard("73.03", "NPHD/TNI");

        GrantCardTransfersTest.press(card, "add-transfer");
        card.transferForm.date.setValue(LocalDate.of(2023, 12, 1));
        test(card.transferForm.amount).setValue("1.000.000.001");
        test(card.transferForm.reference).setValue("SP2D-1");
        test(card.transferForm.save).click();

        assertThat(card.transferForm.amount.isInvalid()).isTrue();
        assertThat(card.transferForm.amount.getErrorMessage()).contains("melebihi");
        assertThat(budget.find("73.03", Recipient.TNI).disbursed()).isZero();
    }

    @Test
    void leadership_see_the_grants_without_edit_buttons() throws Exception {
        Users.leadership();

        var card = card("73.04", Recipient.POLRI);

        assertThat(card.buttons()).isEmpty();
        assertThat(LitElements.list(card.summary, "actions").toString()).as("only reading: history and discussion")
                .contains("history").doesNotContain("edit").doesNotContain("add-transfer");
        assertThat(LitElements.list(card.transfers, "rows").toString()).doesNotContain("BUTTON");
        GrantCardTransfersTest.press(card, "edit");
        assertThat(card.form).as("a forged click opens nothing").isNull();
    }

    @Test
    void a_save_over_someone_elses_newer_save_shows_both_versions_and_the_user_applies_theirs() throws Exception {
        Users.staff("73");
        var card = card("73.05", Recipient.BAWASLU);
        GrantCardTransfersTest.press(card, "edit");
        var loaded = budget.find("73.05", Recipient.BAWASLU);
        budget.save("73.05", Recipient.BAWASLU, new GrantDraft(SigningStage.RATIONALISING, Scheme.TRANCHES,
                2_000_000_000L, null, null, null, 40, loaded.version()));

        test(card.form.proposed).setValue("3.000.000.000");
        test(card.form.save).click();

        assertThat(budget.find("73.05", Recipient.BAWASLU).proposed()).isEqualTo(2_000_000_000L);
        assertThat(card.form.proposed.getValue()).as("what the user typed is kept").isEqualTo("3.000.000.000");
        var panel = $(id.go.kemendagri.siap.base.ui.ConflictPanel.class).single();
        assertThat(PageText.of(panel)).contains("test-staff-73", "Rp2.000.000.000", "Rp3.000.000.000");

        test($(com.vaadin.flow.component.button.Button.class).id("conflict-apply-mine")).click();

        assertThat(budget.find("73.05", Recipient.BAWASLU).proposed()).isEqualTo(3_000_000_000L);
    }

    @Test
    void an_import_with_an_error_cannot_be_stored_and_a_valid_one_can() {
        Users.staff("73");
        var view = navigate("anggaran/impor", BudgetImportView.class);
        var header = String.join(",", id.go.kemendagri.siap.budget.BudgetImport.COLUMNS) + "\n";
        var bad = header + "NPHD,73.06,KPU,DITANDATANGANI,BERTAHAP,-1,1,N,2023-11-10,40,,,,\n";
        var good = header + "NPHD,73.06,KPU,DISEPAKATI,BERTAHAP,2000000000,1900000000,,,40,,,,\n";

        view.received("bad.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(view.store.isEnabled()).isFalse();
        assertThat(view.summary.getElement().getTextRecursively()).contains("1 dari 1 baris bermasalah");

        view.received("good.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test(view.store).click();

        assertThat(budget.find("73.06", Recipient.KPU).agreed()).isEqualTo(1_900_000_000L);
        assertThat(view.store.isEnabled()).isFalse();
    }

    @Test
    void a_refused_import_file_says_why_in_indonesian() {
        Users.staff("73");
        var view = navigate("anggaran/impor", BudgetImportView.class);
        var header = String.join(",", id.go.kemendagri.siap.budget.BudgetImport.COLUMNS) + "\n";

        view.received("utf16.csv", (header + "NPHD,73.06,KPU,,,,,,,,,,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_16));

        assertThat(view.store.isEnabled()).isFalse();
        assertThat(view.summary.getElement().getTextRecursively()).contains("Simpan CSV sebagai UTF-8");
    }

    @Test
    void the_history_lists_who_changed_what_when_opened() throws Exception {
        Users.staff("73");
        var loaded = budget.find("73.07", Recipient.POLRI);
        budget.save("73.07", Recipient.POLRI, new GrantDraft(SigningStage.RATIONALISING, Scheme.TRANCHES,
                4_000_000_000L, null, null, null, 40, loaded.version()));
        var card = card("73.07", Recipient.POLRI);

        assertThat(card.history).as("built only when asked for").isNull();
        card.act(GrantCard.HISTORY, "");

        assertThat(card.history.grid().getGenericDataView().getItems())
                .anyMatch(e -> "proposed".equals(e.field()) && "4000000000".equals(e.newValue())
                        && "test-staff-73".equals(e.actor()));
    }

    @Test
    void a_transfer_over_someone_elses_newer_one_shows_both_and_the_user_applies_or_discards_it() throws Exception {
        var card = signedTniCard("73.08", "NPHD/TNI/08");
        GrantCardTransfersTest.press(card, "add-transfer");
        var signed = budget.find("73.08", Recipient.TNI);
        budget.addTransfer("73.08", Recipient.TNI, new id.go.kemendagri.siap.budget.TransferDraft(1,
                LocalDate.of(2023, 12, 1), 400_000_000L, "SP2D-ORANG-LAIN", signed.version()));

        card.transferForm.date.setValue(LocalDate.of(2023, 12, 2));
        test(card.transferForm.amount).setValue("400.000.000");
        test(card.transferForm.reference).setValue("SP2D-SAYA");
        test(card.transferForm.save).click();

        assertThat(card.transferForm.isVisible()).as("the form stays open").isTrue();
        assertThat(card.transferForm.reference.getValue()).isEqualTo("SP2D-SAYA");
        var panel = $(id.go.kemendagri.siap.base.ui.ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("SP2D-ORANG-LAIN", "SP2D-SAYA");
        test($(com.vaadin.flow.component.button.Button.class).id("conflict-apply-mine")).click();
        assertThat(budget.find("73.08", Recipient.TNI).transfers()).extracting(t -> t.reference())
                .containsExactly("SP2D-ORANG-LAIN", "SP2D-SAYA");
    }
}

package id.go.kemendagri.siap.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TransferDraft;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The grant card's tranches and transfers, drawn as HTML, and removing a transfer from them. Region 73.10. */
class GrantCardTransfersTest extends UiTest {

    @Autowired
    BudgetService budget;

    @Test
    void a_transfer_is_listed_and_its_remove_button_removes_it() throws Exception {
        Users.staff("73");
        var loaded = budget.find("73.10", Recipient.KPU);
        var signed = budget.save("73.10", Recipient.KPU, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES,
                2_000_000_000L, 2_000_000_000L, "010/NPHD/KPU/UJI", LocalDate.of(2023, 11, 10), 40, loaded.version()));
        var withTransfer = budget.addTransfer("73.10", Recipient.KPU, new TransferDraft(1, LocalDate.of(2023, 12, 1),
                500_000_000L, "SP2D-UJI-7310", signed.version()));
        var transfer = withTransfer.transfers().getFirst();
        navigate("wilayah/73.10", BudgetViewsTest.regionView());
        var card = $(GrantCard.class).all().stream().filter(c -> c.recipient() == Recipient.KPU).findFirst()
                .orElseThrow();
        assertThat(PageText.of(card)).contains("SP2D-UJI-7310", "Rp500.000.000");

        press(card, "remove", Long.toString(transfer.id()));

        assertThat(budget.find("73.10", Recipient.KPU).transfers()).isEmpty();
        assertThat(PageText.of(card)).doesNotContain("SP2D-UJI-7310");
    }

    /** A click on one of the card's buttons, as the browser reports it ({@code siap-action}). */
    static void press(GrantCard card, String action, String transfer) {
        LitElements.fire("remove".equals(action) ? card.transfers : card.summary, "siap-action",
                java.util.Map.of("event.detail.action", action, "event.detail.key", transfer));
    }

    static void press(GrantCard card, String action) {
        press(card, action, "");
    }
}

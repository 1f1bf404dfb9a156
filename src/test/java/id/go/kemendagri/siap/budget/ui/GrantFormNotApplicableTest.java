package id.go.kemendagri.siap.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;


import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** Security grants not applicable, in the grant form of the region page. Region 75.03 (Gorontalo). */
class GrantFormNotApplicableTest extends UiTest {

    private static final String REGION = "75.03";

    @Autowired
    BudgetService budget;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("update nphd_grant set not_applicable_reason = null where region_code = ?", REGION);
    }

    private GrantCard card(Recipient recipient) {
        return $(GrantCard.class).all().stream().filter(c -> c.recipient() == recipient).findFirst().orElseThrow();
    }

    @Test
    void security_grants_not_applicable_in_the_grant_form() throws Exception {
        Users.staff("75");
        navigate("wilayah/" + REGION, BudgetViewsTest.regionView());

        GrantCardTransfersTest.press(card(Recipient.KPU), "edit");
        assertThat(card(Recipient.KPU).form.notApplicable.isVisible()).as("KPU always needs its grant").isFalse();

        var tni = card(Recipient.TNI);
        GrantCardTransfersTest.press(tni, "edit");
        var form = tni.form;
        assertThat(form.notApplicable.isVisible()).isTrue();
        form.notApplicable.setValue(true);
        assertThat(form.notApplicableReason.isVisible()).isTrue();
        test(form.save).click();
        assertThat(form.notApplicableReason.isInvalid()).as("a reason is required").isTrue();
        assertThat(budget.find(REGION, Recipient.TNI).notApplicable()).isFalse();

        form.notApplicableReason.setValue("Tidak ada satuan TNI yang meminta hibah.");
        test(form.save).click();

        assertThat(budget.find(REGION, Recipient.TNI).notApplicableReason())
                .isEqualTo("Tidak ada satuan TNI yang meminta hibah.");
        assertThat(PageText.of(tni)).contains("Tidak berlaku", "Tidak ada satuan TNI yang meminta hibah.");

        GrantCardTransfersTest.press(tni, "edit");
        assertThat(tni.form.notApplicable.getValue()).isTrue();
        tni.form.notApplicable.setValue(false);
        test(tni.form.save).click();
        assertThat(budget.find(REGION, Recipient.TNI).notApplicable()).isFalse();
    }
}

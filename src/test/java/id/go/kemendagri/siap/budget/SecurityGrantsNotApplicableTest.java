package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.support.Users;

/**
 * Security grants not applicable (issue 19): a region may mark its TNI or Polri grant "not applicable" with a
 * reason; it then counts neither as signed nor as missing in the recap, the boards' figures and the API.
 */
@RecordApplicationEvents
class SecurityGrantsNotApplicableTest extends July2024Test {

    /** Gorontalo: no other budget test writes there. */
    private static final String PROVINCE = "75";
    private static final String REGION = "75.04";
    private static final String OTHER = "75.05";
    private static final String REASON = "Kodim setempat dibiayai APBN, tidak ada permintaan hibah TNI.";

    @Autowired
    BudgetOverview overview;
    @Autowired
    GrantFeed feed;
    @Autowired
    BudgetImport importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clean() {
        jdbc.update("update nphd_grant set not_applicable_reason = null where province_code = ?", PROVINCE);
    }

    private RecapLine tni() {
        return overview.byRecipient(PROVINCE).stream().filter(l -> l.recipient() == Recipient.TNI).findFirst().orElseThrow();
    }

    private GrantDetails mark(String region, Recipient recipient, String reason) {
        return budget.markNotApplicable(region, recipient, reason, budget.find(region, recipient).version());
    }

    @Test
    void security_grants_not_applicable_count_neither_as_signed_nor_as_missing() {
        Users.evaluator();
        var before = tni();

        var marked = mark(REGION, Recipient.TNI, "  " + REASON + " ");

        assertThat(marked.notApplicable()).isTrue();
        assertThat(marked.notApplicableReason()).isEqualTo(REASON);
        var after = tni();
        assertThat(after.regions()).isEqualTo(before.regions() - 1);
        assertThat(after.notSigned()).as("not missing").isEqualTo(before.notSigned() - 1);
        assertThat(after.signed()).as("not signed").isEqualTo(before.signed());
        assertThat(after.notApplicable()).isEqualTo(before.notApplicable() + 1);
        assertThat(BudgetOverview.sum(overview.byRecipient(PROVINCE)).notApplicable()).isEqualTo(after.notApplicable());
        // the grid marks it and a stage filter no longer finds it among the unsigned
        var filter = new GrantFilter(PROVINCE, Recipient.TNI, null, null, false);
        assertThat(overview.rows(filter, java.util.List.of(REGION))).singleElement()
                .extracting(GrantRow::notApplicable).isEqualTo(true);
        var unsigned = new GrantFilter(PROVINCE, Recipient.TNI, SigningStage.NOT_PROPOSED, null, false);
        assertThat(overview.rows(unsigned, java.util.List.of(REGION))).isEmpty();
        // the read API's record
        assertThat(feed.page(filter, REGION, null, null, 10)).singleElement()
                .satisfies(r -> assertThat(r.grant().notApplicableReason()).isEqualTo(REASON));
        // audited in the officer's words: the reason, and announced
        assertThat(budget.history(REGION, Recipient.TNI, 5).getFirst())
                .satisfies(e -> assertThat(e.field()).isEqualTo("notApplicable"))
                .satisfies(e -> assertThat(e.newValue()).isEqualTo(REASON));
        assertThat(events.stream(BudgetChanged.class)).anyMatch(e -> e.regionCode().equals(REGION));

        var cleared = budget.clearNotApplicable(REGION, Recipient.TNI, marked.version());
        assertThat(cleared.notApplicable()).isFalse();
        assertThat(tni().notSigned()).as("missing again").isEqualTo(before.notSigned());
    }

    @Test
    void only_a_tni_or_polri_grant_and_only_with_a_reason() {
        Users.evaluator();

        assertThatThrownBy(() -> mark(REGION, Recipient.KPU, REASON)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("notApplicable", "budget.error.not-applicable.recipient"));
        assertThatThrownBy(() -> mark(REGION, Recipient.BAWASLU, REASON)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mark(REGION, Recipient.POLRI, "  ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("notApplicableReason", "budget.error.not-applicable.reason"));
        assertThatThrownBy(() -> mark(REGION, Recipient.POLRI, "x".repeat(501))).isInstanceOf(InvalidInputException.class);
        assertThat(budget.forRegion(REGION)).noneMatch(GrantDetails::notApplicable);
    }

    @Test
    void not_once_signed_and_no_figures_while_marked() {
        Users.evaluator();
        var polri = budget.find(OTHER, Recipient.POLRI);
        var signed = polri.stage() == SigningStage.SIGNED ? polri : budget.save(OTHER, Recipient.POLRI,
                BudgetServiceTest.signed(2 * BudgetServiceTest.ONE_BILLION, LocalDate.of(2024, 6, 3), polri.version()));

        assertThatThrownBy(() -> mark(OTHER, Recipient.POLRI, REASON)).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("notApplicable", "budget.error.not-applicable.signed"));
        assertThat(budget.find(OTHER, Recipient.POLRI).version()).isEqualTo(signed.version());

        var tni = mark(OTHER, Recipient.TNI, REASON);
        assertThatThrownBy(() -> budget.save(OTHER, Recipient.TNI,
                BudgetServiceTest.signed(BudgetServiceTest.ONE_BILLION, LocalDate.of(2024, 6, 3), tni.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("stage", "budget.error.not-applicable.active"));
        var row = BudgetImportTest.csv(BudgetImportTest.nphd(OTHER, "TNI", "1000000000"));
        assertThat(importer.preview("tni.csv", row).valid()).as("nor by import").isFalse();
        assertThat(budget.find(OTHER, Recipient.TNI).stage()).isNotEqualTo(SigningStage.SIGNED);
    }

    @Test
    void staff_mark_only_their_own_province_and_leadership_not_at_all() {
        Users.staff("76");
        assertThatThrownBy(() -> budget.markNotApplicable(REGION, Recipient.TNI, REASON, 0))
                .isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(() -> budget.markNotApplicable(REGION, Recipient.TNI, REASON, 0))
                .isInstanceOf(AccessDeniedException.class);

        Users.staff(PROVINCE);
        assertThat(mark(REGION, Recipient.POLRI, REASON).notApplicable()).isTrue();
        assertThat(budget.history(REGION, Recipient.POLRI, 1).getFirst().actor()).isNotBlank();
    }
}

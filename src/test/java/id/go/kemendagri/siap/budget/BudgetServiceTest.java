package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

@RecordApplicationEvents
class BudgetServiceTest extends July2024Test {

    static final long ONE_BILLION = 1_000_000_000L;

    @Autowired
    ApplicationEvents events;

    static GrantDraft signed(long agreed, LocalDate on, long version) {
        return new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, agreed, agreed, "NPHD/001/2024", on, 40, version);
    }

    GrantDetails sign(String region, Recipient recipient, long agreed, LocalDate on) {
        var before = budget.find(region, recipient);
        return budget.save(region, recipient, signed(agreed, on, before.version()));
    }

    GrantDetails transfer(String region, Recipient recipient, int tranche, long amount, String reference) {
        var before = budget.find(region, recipient);
        return budget.addTransfer(region, recipient,
                new TransferDraft(tranche, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), amount, reference,
                        before.version()));
    }

    @Test
    void every_region_holding_a_pilkada_has_its_four_grants_in_recipient_order() {
        Users.evaluator();

        assertThat(budget.forRegion("62.07")).extracting(GrantDetails::recipient)
                .containsExactly(Recipient.KPU, Recipient.BAWASLU, Recipient.TNI, Recipient.POLRI);
        assertThat(budget.forRegion("31.71")).as("Jakarta's administrative cities hold no Pilkada").isEmpty();
    }

    @Test
    void staff_sign_a_grant_in_their_province_and_it_is_audited_and_announced() {
        Users.staff("62");

        var saved = sign("62.01", Recipient.KPU, 50 * ONE_BILLION, LocalDate.of(2024, 1, 10));

        assertThat(saved.stage()).isEqualTo(SigningStage.SIGNED);
        assertThat(saved.updatedBy()).isEqualTo("test-staff-62");
        assertThat(budget.history("62.01", Recipient.KPU, 20)).extracting(AuditEntry::field).contains("agreed",
                "stage");
        assertThat(events.stream(BudgetChanged.class)).contains(new BudgetChanged("62.01"));
    }

    @Test
    void tranche_one_is_forty_percent_due_fourteen_working_days_after_signing_skipping_lebaran() {
        Users.evaluator();

        var saved = sign("62.02", Recipient.KPU, 10 * ONE_BILLION, LocalDate.of(2024, 4, 1));

        var first = saved.tranches().getFirst();
        assertThat(first.amount()).isEqualTo(4 * ONE_BILLION);
        assertThat(first.due()).isEqualTo(LocalDate.of(2024, 4, 29));
    }

    @Test
    void tranche_two_is_sixty_percent_due_five_months_before_the_vote() {
        Users.evaluator();

        var saved = sign("62.02", Recipient.BAWASLU, 10 * ONE_BILLION + 1, LocalDate.of(2024, 1, 10));

        var second = saved.tranches().get(1);
        assertThat(second.amount()).as("tranche I takes the floor, tranche II the rest").isEqualTo(6 * ONE_BILLION + 1);
        assertThat(second.due()).isEqualTo(LocalDate.of(2024, 6, 27));
    }

    @Test
    void a_lump_sum_has_one_tranche_of_everything() {
        Users.evaluator();
        var before = budget.find("62.02", Recipient.TNI);

        var saved = budget.save("62.02", Recipient.TNI, new GrantDraft(SigningStage.SIGNED, Scheme.LUMP_SUM,
                ONE_BILLION, ONE_BILLION, "NPHD/TNI/1", LocalDate.of(2024, 2, 1), 40, before.version()));

        assertThat(saved.tranches()).singleElement().satisfies(t -> {
            assertThat(t.percent()).isEqualTo(100);
            assertThat(t.amount()).isEqualTo(ONE_BILLION);
        });
    }

    @Test
    void staff_cannot_write_another_province_even_if_a_view_lets_them() {
        Users.staff("62");

        assertThatThrownBy(() -> budget.save("64.01", Recipient.KPU, signed(ONE_BILLION, LocalDate.of(2024, 1, 2), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.forRegion("64.01")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadership_reads_but_cannot_write() {
        Users.leadership();

        assertThat(budget.forRegion("62.03")).hasSize(4);
        assertThatThrownBy(() -> budget.save("62.03", Recipient.KPU, signed(ONE_BILLION, LocalDate.of(2024, 1, 2), 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void negative_amounts_and_a_signature_without_number_are_refused_and_nothing_is_stored() {
        Users.evaluator();
        var before = budget.find("62.04", Recipient.KPU);
        var bad = new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, -1L, 7_000_000_000_000L, " ", null, 140,
                before.version());

        assertThatThrownBy(() -> budget.save("62.04", Recipient.KPU, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("proposed", "budget.error.amount.range")
                        .containsEntry("agreed", "budget.error.amount.range")
                        .containsEntry("nphdNumber", "budget.error.nphd-number.required")
                        .containsEntry("signedOn", "budget.error.signed-on.required")
                        .containsEntry("earlierYearPercent", "budget.error.percent"));
        assertThat(budget.find("62.04", Recipient.KPU)).isEqualTo(before);
    }

    @Test
    void a_signing_date_in_the_future_is_refused() {
        Users.evaluator();

        assertThatThrownBy(() -> sign("62.04", Recipient.TNI, ONE_BILLION, LocalDate.of(2024, 7, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("signedOn"));
    }

    @Test
    void a_stale_save_is_refused_and_carries_the_current_values() {
        Users.evaluator();
        var loaded = budget.find("62.05", Recipient.KPU);
        budget.save("62.05", Recipient.KPU, signed(2 * ONE_BILLION, LocalDate.of(2024, 1, 3), loaded.version()));

        assertThatThrownBy(() -> budget.save("62.05", Recipient.KPU,
                signed(3 * ONE_BILLION, LocalDate.of(2024, 1, 3), loaded.version())))
                .isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((GrantDetails) e.current()).agreed()).isEqualTo(2 * ONE_BILLION));
    }

    @Test
    void transfers_add_up_to_the_disbursed_total_percent_and_band() {
        Users.evaluator();
        sign("62.06", Recipient.KPU, 10 * ONE_BILLION, LocalDate.of(2024, 1, 3));

        transfer("62.06", Recipient.KPU, 1, 3 * ONE_BILLION, "SP2D-1");
        assertThat(budget.find("62.06", Recipient.KPU).band()).isEqualTo(Band.RED);
        var after = transfer("62.06", Recipient.KPU, 1, ONE_BILLION, "SP2D-2");

        assertThat(after.disbursed()).isEqualTo(4 * ONE_BILLION);
        assertThat(after.band()).isEqualTo(Band.PARTIAL);
        assertThat(after.tranches().getFirst().complete()).isTrue();
        assertThat(after.transfers()).extracting(TransferDetails::reference).containsExactly("SP2D-1", "SP2D-2");
    }

    @Test
    void a_transfer_above_the_agreed_amount_is_refused() {
        Users.evaluator();
        sign("62.08", Recipient.KPU, ONE_BILLION, LocalDate.of(2024, 1, 3));
        transfer("62.08", Recipient.KPU, 1, 900_000_000L, "SP2D-A");

        assertThatThrownBy(() -> transfer("62.08", Recipient.KPU, 2, 100_000_001L, "SP2D-B"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "budget.error.transfer.above-agreed"));
        assertThat(budget.find("62.08", Recipient.KPU).disbursed()).isEqualTo(900_000_000L);
    }

    @Test
    void a_transfer_before_signing_is_refused() {
        Users.evaluator();

        assertThatThrownBy(() -> transfer("62.09", Recipient.POLRI, 1, ONE_BILLION, "SP2D-X"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("grant"));
    }

    @Test
    void the_agreement_cannot_drop_below_what_was_transferred() {
        Users.evaluator();
        sign("62.10", Recipient.KPU, ONE_BILLION, LocalDate.of(2024, 1, 3));
        var after = transfer("62.10", Recipient.KPU, 1, 600_000_000L, "SP2D-C");

        assertThatThrownBy(() -> budget.save("62.10", Recipient.KPU,
                signed(500_000_000L, LocalDate.of(2024, 1, 3), after.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("agreed", "budget.error.agreed.below-disbursed"));
    }

    @Test
    void a_tranche_is_late_only_after_its_due_day_while_not_disbursed() {
        Users.evaluator();
        today(LocalDate.of(2024, 4, 5));
        sign("62.11", Recipient.KPU, 10 * ONE_BILLION, LocalDate.of(2024, 4, 1));

        today(LocalDate.of(2024, 4, 29));
        assertThat(budget.find("62.11", Recipient.KPU).late()).as("due day itself").isFalse();
        today(LocalDate.of(2024, 4, 30));
        assertThat(budget.find("62.11", Recipient.KPU).late()).isTrue();
        transfer("62.11", Recipient.KPU, 1, 4 * ONE_BILLION, "SP2D-T1");
        assertThat(budget.find("62.11", Recipient.KPU).late()).isFalse();
        today(LocalDate.of(2024, 6, 28));
        assertThat(budget.find("62.11", Recipient.KPU).tranches().get(1).late()).isTrue();
    }

    @Test
    void a_cancelled_transfer_lowers_the_total_and_stays_in_the_history() {
        Users.evaluator();
        sign("62.12", Recipient.TNI, ONE_BILLION, LocalDate.of(2024, 1, 3));
        var booked = transfer("62.12", Recipient.TNI, 1, 400_000_000L, "SP2D-Z");

        var after = budget.removeTransfer("62.12", Recipient.TNI, booked.transfers().getFirst().id(), booked.version());

        assertThat(after.disbursed()).isZero();
        assertThat(budget.history("62.12", Recipient.TNI, 20)).extracting(AuditEntry::action)
                .contains("TRANSFER", "TRANSFER_REMOVED");
    }
}

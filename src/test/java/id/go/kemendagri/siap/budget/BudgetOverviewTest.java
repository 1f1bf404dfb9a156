package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * The grid and the ministry's table against figures worked out by hand for Sulawesi Barat (76), a
 * province no other test touches: on 1 July 2024, KPU signed in 76.01-76.04 and agreed in 76.05.
 */
@SpringBootTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetOverviewTest {

    static final long B = 1_000_000_000L;

    @Autowired
    BudgetOverview overview;
    @Autowired
    BudgetService budget;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    void sulawesiBarat() {
        clock.set(Instant.parse("2024-07-01T03:00:00Z"));
        Users.evaluator();
        sign("76.01", Recipient.KPU, 10 * B, 10 * B);
        sign("76.02", Recipient.KPU, 20 * B, 9 * B);
        sign("76.03", Recipient.KPU, 5 * B, B);
        sign("76.04", Recipient.KPU, 4 * B, 0);
        var agreed = budget.find("76.05", Recipient.KPU);
        budget.save("76.05", Recipient.KPU, new GrantDraft(SigningStage.AGREED, Scheme.TRANCHES, 3 * B, 3 * B, null,
                null, 40, agreed.version()));
        sign("76.01", Recipient.BAWASLU, 2 * B, 800_000_000L);
        Users.signOut();
    }

    private void sign(String region, Recipient recipient, long agreed, long transferred) {
        var before = budget.find(region, recipient);
        var signed = budget.save(region, recipient, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, agreed,
                agreed, "NPHD/" + region, LocalDate.of(2024, 1, 15), 40, before.version()));
        if (transferred > 0) {
            budget.addTransfer(region, recipient, new TransferDraft(1, LocalDate.of(2024, 2, 20), transferred,
                    "SP2D/" + region, signed.version()));
        }
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    static GrantFilter kpu() {
        return new GrantFilter(null, Recipient.KPU, null, null, false);
    }

    @Test
    void the_national_table_for_a_province_matches_the_hand_computed_figures() {
        Users.staff("76");

        var kpu = overview.national().getFirst();

        assertThat(kpu.recipient()).isEqualTo(Recipient.KPU);
        assertThat(kpu.regions()).isEqualTo(7);
        assertThat(kpu.signed()).isEqualTo(4);
        assertThat(kpu.notSigned()).isEqualTo(3);
        assertThat(kpu.agreed()).isEqualTo(39 * B);
        assertThat(kpu.disbursed()).isEqualTo(20 * B);
        assertThat(kpu.full()).isEqualTo(1);
        assertThat(kpu.partial()).isEqualTo(2);
        assertThat(kpu.red()).isEqualTo(2);
    }

    @Test
    void the_table_lists_the_recipients_in_the_ministrys_order() {
        Users.staff("76");

        assertThat(overview.national()).extracting(RecapLine::recipient)
                .containsExactly(Recipient.KPU, Recipient.BAWASLU, Recipient.TNI, Recipient.POLRI);
    }

    @Test
    void the_drill_down_has_one_line_per_province() {
        Users.evaluator();

        var lines = overview.byProvince(Recipient.BAWASLU);

        assertThat(lines).as("DI Yogyakarta elects no governor, but its kabupaten/kota vote").hasSize(38);
        assertThat(lines).filteredOn(l -> "76".equals(l.provinceCode())).singleElement().satisfies(l -> {
            assertThat(l.provinceName()).isEqualTo("Sulawesi Barat");
            assertThat(l.signed()).isEqualTo(1);
            assertThat(l.agreed()).isEqualTo(2 * B);
            assertThat(l.partial()).isEqualTo(1);
            assertThat(l.red()).isZero();
        });
    }

    @Test
    void the_red_band_filter_finds_signed_grants_under_forty_percent() {
        Users.staff("76");

        var rows = overview.page(new GrantFilter(null, Recipient.KPU, null, Band.RED, false), PageRequest.of(0, 50));

        assertThat(rows).extracting(GrantRow::regionCode).containsExactly("76.03", "76.04");
    }

    @Test
    void the_done_and_partial_bands_split_at_their_edges() {
        Users.staff("76");

        assertThat(overview.page(new GrantFilter(null, null, null, Band.DONE, false), PageRequest.of(0, 50)))
                .extracting(GrantRow::regionCode).containsExactly("76.01");
        assertThat(overview.page(new GrantFilter(null, null, null, Band.PARTIAL, false), PageRequest.of(0, 50)))
                .extracting(GrantRow::regionCode, GrantRow::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("76.01", Recipient.BAWASLU),
                        org.assertj.core.groups.Tuple.tuple("76.02", Recipient.KPU));
    }

    @Test
    void the_late_filter_finds_tranches_past_due() {
        Users.staff("76");

        var rows = overview.page(new GrantFilter(null, null, null, null, true), PageRequest.of(0, 50));

        assertThat(rows).extracting(GrantRow::regionCode, GrantRow::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple("76.01", Recipient.BAWASLU),
                org.assertj.core.groups.Tuple.tuple("76.02", Recipient.KPU),
                org.assertj.core.groups.Tuple.tuple("76.03", Recipient.KPU),
                org.assertj.core.groups.Tuple.tuple("76.04", Recipient.KPU));
        assertThat(rows).allMatch(GrantRow::late);
    }

    @Test
    void totals_cover_the_filtered_set() {
        Users.staff("76");

        var totals = overview.totals(kpu());

        assertThat(totals).isEqualTo(new GrantTotals(7, 42 * B, 39 * B, 20 * B));
        assertThat(overview.count(new GrantFilter(null, Recipient.KPU, SigningStage.SIGNED, null, false))).isEqualTo(4);
    }

    @Test
    void staff_only_ever_see_their_province() {
        Users.staff("76");

        assertThat(overview.count(GrantFilter.ALL)).isEqualTo(28);
        assertThat(overview.count(GrantFilter.ALL.withProvince("62"))).isZero();
    }

    @Test
    void a_page_of_the_grid_is_one_statement() {
        Users.evaluator();
        overview.page(kpu(), PageRequest.of(0, 50));
        var statements = new Statements(entityManagerFactory);

        assertThat(statements.countWhile(() -> overview.page(kpu(), PageRequest.of(2, 50)))).isEqualTo(1);
        assertThat(statements.countWhile(() -> overview.totals(kpu()))).isEqualTo(1);
    }
}

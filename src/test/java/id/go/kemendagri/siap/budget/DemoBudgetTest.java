package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.support.DemoDataTest;

/** Demo fidelity of the grants, on the same demo-enabled context as DemoLeadershipTest (shared by the cache). */
class DemoBudgetTest extends DemoDataTest {

    /** domain.md, "Budget": the national figures of July 2024, agreed and disbursed per recipient. */
    private static final Map<String, long[]> JULY_2024 = Map.of(
            "KPU", new long[] { 28_700_000_000_000L, 22_100_000_000_000L },
            "BAWASLU", new long[] { 8_600_000_000_000L, 6_300_000_000_000L },
            "TNI", new long[] { 940_000_000_000L, 570_000_000_000L },
            "POLRI", new long[] { 3_000_000_000_000L, 1_700_000_000_000L });

    @Test
    void the_demos_national_nphd_totals_are_the_july_2024_figures() {
        var totals = jdbc.queryForList("select recipient, sum(case when stage = 'SIGNED' then agreed_amount else 0 end)"
                + " as agreed, sum(disbursed_amount) as disbursed from nphd_grant where demo = true group by recipient");
        assertThat(totals).hasSize(4);
        for (var row : totals) {
            var expected = JULY_2024.get((String) row.get("recipient"));
            assertThat(((Number) row.get("agreed")).longValue()).as(row.get("recipient") + " agreed").isEqualTo(expected[0]);
            assertThat(((Number) row.get("disbursed")).longValue()).as(row.get("recipient") + " disbursed")
                    .isEqualTo(expected[1]);
        }
    }
}

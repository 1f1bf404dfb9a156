package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.support.DemoDataTest;

/** The demo's IKP levels and Desk Pilkada monthly reports, on the shared demo-enabled context. */
class DemoRegionDataTest extends DemoDataTest {

    @Test
    void every_region_holding_a_pilkada_has_a_demo_ikp_level_of_each_kind_somewhere() {
        assertThat(count("select count(*) from region_vulnerability where demo = false")).isZero();
        assertThat(count("select count(*) from region_vulnerability"))
                .isEqualTo(count("select count(*) from election_cycle_region r join election_cycle c on c.id = r.cycle_id"
                        + " where c.current_cycle = true and r.holds_pilkada = true"));
        assertThat(count("select count(distinct vuln_level) from region_vulnerability")).isEqualTo(3);
    }

    @Test
    void the_demo_desk_reports_run_from_april_to_the_last_month_due_with_late_and_missing_months() {
        assertThat(count("select count(*) from desk_report where demo = false")).isZero();
        assertThat(count("select count(distinct report_month) from desk_report")).as("April to September 2024").isEqualTo(6);
        assertThat(count("select count(*) from desk_report where sent_on > report_month + 40")).as("some late").isPositive();
        assertThat(count("select count(*) from desk_report where report_month = date '2024-09-01'"))
                .as("some regions did not report September").isLessThan(count("select count(*) from region_vulnerability"));
    }
}

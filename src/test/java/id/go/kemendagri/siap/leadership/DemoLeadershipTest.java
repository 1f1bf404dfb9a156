package id.go.kemendagri.siap.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.DemoMode;

/** The late-2024 demo picture, on the same demo-enabled context as DemoModeOnThisDatabaseTest (shared by the cache). */
@SpringBootTest(properties = { "siap.demo.enabled=true",
        "spring.datasource.url=${SIAP_TEST_DB_URL:jdbc:h2:mem:siap-demo-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}" })
class DemoLeadershipTest {

    @Autowired
    DemoMode demoMode;
    @Autowired
    DemoLeadership demo;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void about_271_regions_are_led_by_a_pj_and_every_row_is_marked_demo() {
        assumeTrue(demoMode.active(), "demo data exists on the embedded H2 only");

        assertThat(count("select count(*) from head_tenure where active_region_code is not null and status = 'PJ'"))
                .isEqualTo(271);
        assertThat(count("select count(*) from head_tenure where active_region_code is not null and status in ('PLT', 'PLH')"))
                .isBetween(5L, 30L);
        assertThat(count("select count(*) from head_tenure where demo = false")).isZero();
        assertThat(count("select count(*) from pj_evaluation where demo = false")).isZero();
        assertThat(count("select count(distinct category) from pj_evaluation")).isEqualTo(3);
        assertThat(count("select count(distinct neutrality_band) from pj_evaluation")).isEqualTo(3);
        assertThat(count("select count(*) from pj_report where sent_on is not null and sent_on > due_on")).isPositive();
    }

    @Test
    void a_pjs_origin_is_a_coherent_pair_of_position_and_institution() {
        assumeTrue(demoMode.active(), "demo data exists on the embedded H2 only");

        var pairs = jdbc.queryForList("select distinct length(t.region_code) as lvl, t.origin_position, t.origin_institution"
                + " from head_tenure t where t.status = 'PJ'");
        assertThat(pairs).isNotEmpty().allSatisfy(pair -> {
            var position = (String) pair.get("origin_position");
            var institution = (String) pair.get("origin_institution");
            var province = ((Number) pair.get("lvl")).intValue() == 2;
            if (position.startsWith("Direktur") || position.startsWith("Staf Ahli Menteri")
                    || position.contains("Jenderal") || position.contains("Dalam Negeri")) {
                assertThat(institution).as(position).isEqualTo("Kementerian Dalam Negeri");
            } else if (position.startsWith("Kepala Badan Kesbangpol") || position.endsWith("Daerah")
                    || position.startsWith("Asisten")) {
                assertThat(institution).as(position).startsWith("Pemerintah Provinsi ");
            }
            if (province) {
                assertThat(institution).as("a Pj gubernur comes from a ministry or agency").doesNotStartWith("Pemerintah");
            }
        });
    }

    @Test
    void a_second_start_changes_nothing() {
        assumeTrue(demoMode.active(), "demo data exists on the embedded H2 only");
        var before = count("select count(*) from head_tenure") + count("select count(*) from pj_report");

        demo.run(null);

        assertThat(count("select count(*) from head_tenure") + count("select count(*) from pj_report")).isEqualTo(before);
    }
}

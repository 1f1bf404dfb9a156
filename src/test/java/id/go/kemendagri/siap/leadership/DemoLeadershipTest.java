package id.go.kemendagri.siap.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.support.DemoDataTest;

/** The late-2024 demo picture, on the same demo-enabled context as DemoModeOnThisDatabaseTest (shared by the cache). */
class DemoLeadershipTest extends DemoDataTest {

    @Autowired
    DemoLeadership demo;

    @Test
    void pj_regions_follow_the_cohorts_271_whose_terms_ran_out_and_the_four_new_provinces_and_every_row_is_demo() {
        assertThat(count("select count(*) from head_tenure where active_region_code is not null and status = 'PJ'"))
                .isEqualTo(275);
        assertThat(count("select count(*) from head_tenure where active_region_code is not null and status in ('PLT', 'PLH')"))
                .isBetween(5L, 30L);
        assertThat(count("select count(*) from head_tenure where demo = false")).isZero();
        assertThat(count("select count(*) from pj_evaluation where demo = false")).isZero();
        assertThat(count("select count(distinct category) from pj_evaluation")).isEqualTo(3);
        assertThat(count("select count(distinct neutrality_band) from pj_evaluation")).isEqualTo(3);
        assertThat(count("select count(*) from pj_report where sent_on is not null and sent_on > due_on")).isPositive();
        assertThat(count("select count(*) from head_tenure where demo = true and updated_by <> 'demo'"))
                .as("stamped by the demo's own actor, not the auditor's default").isZero();
        assertThat(count("select count(*) from pj_report where demo = true and updated_by <> 'demo'")).isZero();
        assertThat(count("select count(*) from pj_evaluation where demo = true and updated_by <> 'demo'")).isZero();
    }

    @Test
    void a_pjs_origin_is_a_coherent_pair_of_position_and_institution() {
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

    /** Which regions get a Pj, and when, follows from the Pilkada that elected their last head (region_cohort). */
    @Test
    void pj_cohorts_follow_from_data_so_the_seeds_regions_come_out_as_the_seeds_tell() {
        assertThat(activeStatus("65")).as("Kalimantan Utara keeps its governor elected in 2020 (seed 004)").isEqualTo("DEFINITIF");
        assertThat(activeStatus("62")).as("Kalimantan Tengah, elected 2020").isEqualTo("DEFINITIF");
        assertThat(activeStatus("64")).as("Kalimantan Timur, elected 2018 (seed 003)").isEqualTo("PJ");
        assertThat(activeStatus("62.07")).as("Seruyan, elected 2018, a Pj bupati (seed 001)").isEqualTo("PJ");
        assertThat(activeStatus("14.01")).as("Kampar, elected 2017 (seed 000)").isEqualTo("PJ");
        assertThat(firstPjYear("14.01")).isEqualTo(2022);
        assertThat(firstPjYear("62.07")).isEqualTo(2023);
        assertThat(firstPjYear("64")).isEqualTo(2023);
        for (var code : java.util.List.of("11", "19", "31", "36", "75", "76", "92")) {
            assertThat(firstPjYear(code)).as("province %s, elected 2017", code).isEqualTo(2022);
        }
        assertThat(count("select count(*) from head_tenure where region_code = '94' and status = 'DEFINITIF'"))
                .as("Papua Tengah, formed in 2022, never had an elected governor").isZero();
        assertThat(activeStatus("94")).isEqualTo("PJ");
        assertThat(activeStatus("34")).as("DI Yogyakarta: the governor is established by law, never a Pj").isEqualTo("DEFINITIF");
        assertThat(count("select count(*) from head_tenure t join region_cohort c on c.region_code = t.region_code"
                + " where t.active_region_code is not null and t.status = 'PJ' and c.term_end_year = 2024"))
                .as("no region whose head was elected in 2020 has a Pj").isZero();
    }

    /** Every kabupaten/kota has its cohort from the KPU lists (V94): no random draw decides who has a Pj. */
    @Test
    void kabupaten_kota_pj_follow_the_kpu_lists_94_from_2022_and_153_from_2023() {
        var firstPjYears = jdbc.queryForList("select year(min(sworn_in_on)) from head_tenure where status = 'PJ'"
                + " and region_code like '%.%' group by region_code", Integer.class);
        assertThat(firstPjYears.stream().filter(y -> y == 2022).count()).as("kabupaten/kota elected in 2017").isEqualTo(94);
        assertThat(firstPjYears.stream().filter(y -> y == 2023).count()).as("kabupaten/kota elected in 2018").isEqualTo(153);
        assertThat(firstPjYears).hasSize(94 + 153);
        assertThat(count("select count(*) from head_tenure t join region_cohort c on c.region_code = t.region_code"
                + " where t.status = 'PJ' and t.region_code like '%.%' and (c.elected_year is null or c.elected_year = 2020)"))
                .as("no Pj bupati/wali kota where the head was elected in 2020 or is appointed").isZero();
        assertThat(firstPjYear("32.16")).as("Kabupaten Bekasi, elected 2017").isEqualTo(2022);
        assertThat(firstPjYear("32.75")).as("Kota Bekasi, elected 2018").isEqualTo(2023);
        assertThat(count("select count(*) from head_tenure where region_code = '73.71' and status = 'PJ'"))
                .as("Kota Makassar, elected in the 2020 re-run").isZero();
        assertThat(count("select count(*) from head_tenure where region_code like '31.%'"))
                .as("Jakarta's administrative cities and Kepulauan Seribu: appointed by the governor").isZero();
    }

    private String activeStatus(String code) {
        return jdbc.queryForObject("select status from head_tenure where active_region_code = ?", String.class, code);
    }

    private int firstPjYear(String code) {
        return jdbc.queryForObject("select min(sworn_in_on) from head_tenure where region_code = ? and status = 'PJ'",
                java.sql.Date.class, code).toLocalDate().getYear();
    }

    @Test
    void a_second_start_changes_nothing() {
        var before = count("select count(*) from head_tenure") + count("select count(*) from pj_report");

        demo.run(null);

        assertThat(count("select count(*) from head_tenure") + count("select count(*) from pj_report")).isEqualTo(before);
    }
}

package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The election cohorts are public facts (issue 19, V92 and V94): every province and every kabupaten/kota of
 * idn-area-data has the Pilkada that elected its last head, from the KPU lists (docs/region.md).
 */
@SpringBootTest
class RegionCohortsTest {

    @Autowired
    RegionCohorts cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_kabupaten_kota_has_its_cohort_from_the_kpu_lists() {
        var codes = jdbc.queryForList("select code from region where region_level <> 'PROVINSI'", String.class);
        assertThat(codes).hasSize(514);
        assertThat(codes).allSatisfy(code -> assertThat(cohorts.of(code)).as(code).isPresent());

        Map<String, Long> counts = codes.stream().map(code -> cohorts.of(code).orElseThrow())
                .collect(Collectors.groupingBy(c -> c.electedYear() + " " + RegionLevel.ofCode(c.regionCode()),
                        Collectors.counting()));
        assertThat(counts).containsOnly(
                Map.entry("2017 KABUPATEN", 76L), Map.entry("2017 KOTA", 18L),
                // 39 kota held the 2018 Pilkada; Makassar's was re-run in 2020, so 38 kota have a head elected in 2018.
                Map.entry("2018 KABUPATEN", 115L), Map.entry("2018 KOTA", 38L),
                Map.entry("2020 KABUPATEN", 224L), Map.entry("2020 KOTA", 37L),
                Map.entry("null KABUPATEN", 1L), Map.entry("null KOTA", 5L));

        assertElected("14.01", 2017, 2022); // Kampar (seed 000)
        assertElected("62.07", 2018, 2023); // Seruyan (seed 001)
        assertElected("32.16", 2017, 2022); // Kabupaten Bekasi
        assertElected("32.75", 2018, 2023); // Kota Bekasi
        assertElected("32.06", 2020, 2024); // Kabupaten Tasikmalaya
        assertElected("32.78", 2017, 2022); // Kota Tasikmalaya
        assertElected("81.03", 2017, 2022); // Kepulauan Tanimbar, "Maluku Tenggara Barat" in the 2017 list
        assertElected("74.72", 2018, 2023); // Kota Baubau, "Bau-Bau"
        assertElected("73.71", 2020, 2024); // Kota Makassar: 2018 won by the empty column, re-run in 2020
        assertElected("53.16", 2018, 2023); // Nagekeo: kupang.antaranews.com 08-08-2018
        assertElected("53.12", 2020, 2024); // Sumba Barat: regional.kompas.com 11-12-2020
        assertThat(codes).as("every row names its source").allSatisfy(
                code -> assertThat(cohorts.of(code).orElseThrow().basis()).doesNotContain("di luar kutipan"));
        var seribu = cohorts.of("31.01").orElseThrow();
        assertThat(seribu.electedYear()).as("Kepulauan Seribu: appointed, no Pilkada").isNull();
        assertThat(seribu.termEndYear()).isNull();
        assertThat(seribu.pjSince(2024)).isFalse();
        assertThat(seribu.basis()).contains("diangkat Gubernur");
        assertThat(cohorts.of("31.71").orElseThrow().electedYear()).as("Jakarta Pusat").isNull();
    }

    private void assertElected(String code, int elected, int termEnd) {
        var cohort = cohorts.of(code).orElseThrow();
        assertThat(cohort.electedYear()).as(code).isEqualTo(elected);
        assertThat(cohort.termEndYear()).as(code).isEqualTo(termEnd);
        assertThat(cohort.pjSince(2023)).as(code).isEqualTo(termEnd <= 2023);
    }
}

package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.support.Users;

@SpringBootTest
class RegionReferenceTest {

    @Autowired
    RegionReferenceLoader loader;
    @Autowired
    RegionService regions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void the_38_provinces_and_514_kabupaten_kota_are_loaded_with_their_levels() {
        Users.evaluator();

        var summary = regions.summary();

        assertThat(summary.provinces()).isEqualTo(38);
        assertThat(summary.kabupaten() + summary.kota()).isEqualTo(514);
        assertThat(summary.kabupaten()).isEqualTo(416);
        assertThat(summary.kota()).isEqualTo(98);
    }

    @Test
    void in_2024_545_regions_hold_a_pilkada_all_provinces_but_yogyakarta() {
        Users.evaluator();

        var summary = regions.summary();

        assertThat(summary.cycleName()).isEqualTo("Pilkada Serentak 2024");
        assertThat(summary.voteDate()).hasToString("2024-11-27");
        assertThat(summary.holdingPilkada()).isEqualTo(545);
        assertThat(summary.provincesHoldingPilkada()).isEqualTo(37);
        assertThat(regions.details("34").holdsPilkada()).isFalse();
        assertThat(regions.details("31.71").holdsPilkada()).isFalse();
        assertThat(regions.details("31.01").holdsPilkada()).isFalse();
        assertThat(regions.details("34.71").holdsPilkada()).isTrue();
    }

    @Test
    void official_codes_and_names_are_kept_as_published() {
        Users.evaluator();

        var palangkaRaya = regions.details("62.71");

        assertThat(palangkaRaya.name()).isEqualTo("Kota Palangka Raya");
        assertThat(palangkaRaya.level()).isEqualTo(RegionLevel.KOTA);
        assertThat(palangkaRaya.provinceCode()).isEqualTo("62");
        assertThat(regions.details("62.07").level()).isEqualTo(RegionLevel.KABUPATEN);
    }

    @Test
    void display_names_replace_the_reference_spelling_which_is_kept_as_the_official_name() {
        Users.evaluator();

        assertThat(regions.details("62.71").name()).isEqualTo("Kota Palangka Raya");
        assertThat(jdbc.queryForObject("select official_name from region where code = '62.71'", String.class))
                .isEqualTo("Kota Palangkaraya");
        assertThat(jdbc.queryForObject("select official_name from region where code = '62.07'", String.class))
                .isEqualTo(regions.details("62.07").name());
        // the reference files themselves stay as published
        assertThat(RegionReferenceLoader.readOfficialRegions().get("62.71").getOfficialName())
                .isEqualTo("Kota Palangkaraya");
        // copies of the name elsewhere (the budget grid's) are kept in step with the shown one
        assertThat(jdbc.queryForList("select distinct region_name from nphd_grant where region_code = '62.71'",
                String.class)).containsExactly("Kota Palangka Raya");
        // both spellings find it
        assertThat(regions.page(new RegionFilter(null, null, null, "palangkaraya"), PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(RegionRow::code).contains("62.71");
        assertThat(regions.page(new RegionFilter(null, null, null, "palangka raya"), PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(RegionRow::code).contains("62.71");
    }

    @Test
    void a_display_name_no_longer_matching_the_reference_spelling_is_not_applied() {
        var names = new RegionDisplayNames(java.util.Map.of("62.71",
                new RegionDisplayNames.Entry("Kota Palangkaraya", "Kota Palangka Raya")));

        assertThat(names.displayName("62.71", "Kota Palangkaraya")).isEqualTo("Kota Palangka Raya");
        assertThat(names.displayName("62.71", "Kota Palangka Raya Baru")).isEqualTo("Kota Palangka Raya Baru");
        assertThat(names.displayName("62.07", "Kabupaten Seruyan")).isEqualTo("Kabupaten Seruyan");
    }

    @Test
    void loading_again_changes_nothing() {
        assertThat(loader.load()).isZero();
    }
}

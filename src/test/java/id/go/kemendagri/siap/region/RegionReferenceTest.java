package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.support.Users;

@SpringBootTest
class RegionReferenceTest {

    @Autowired
    RegionReferenceLoader loader;
    @Autowired
    RegionService regions;

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

        assertThat(palangkaRaya.name()).isEqualTo("Kota Palangkaraya");
        assertThat(palangkaRaya.level()).isEqualTo(RegionLevel.KOTA);
        assertThat(palangkaRaya.provinceCode()).isEqualTo("62");
        assertThat(regions.details("62.07").level()).isEqualTo(RegionLevel.KABUPATEN);
    }

    @Test
    void loading_again_changes_nothing() {
        assertThat(loader.load()).isZero();
    }
}

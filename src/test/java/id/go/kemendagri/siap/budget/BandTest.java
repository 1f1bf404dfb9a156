package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void all_of_the_agreed_amount_is_done() {
        assertThat(Band.of(1_000_000_000L, 1_000_000_000L)).isEqualTo(Band.DONE);
    }

    @Test
    void one_rupiah_short_of_all_is_partial() {
        assertThat(Band.of(999_999_999L, 1_000_000_000L)).isEqualTo(Band.PARTIAL);
    }

    @Test
    void exactly_forty_percent_is_partial() {
        assertThat(Band.of(400_000_000L, 1_000_000_000L)).isEqualTo(Band.PARTIAL);
    }

    @Test
    void one_rupiah_under_forty_percent_is_red() {
        assertThat(Band.of(399_999_999L, 1_000_000_000L)).isEqualTo(Band.RED);
    }

    @Test
    void nothing_disbursed_is_red() {
        assertThat(Band.of(0, 5L)).isEqualTo(Band.RED);
    }

    @Test
    void no_agreement_has_no_band() {
        assertThat(Band.of(0, null)).isNull();
        assertThat(Band.of(0, 0L)).isNull();
    }

    @Test
    void trillions_do_not_overflow() {
        assertThat(Band.of(11_480_000_000_000L, 28_700_000_000_000L)).isEqualTo(Band.PARTIAL);
    }
}

package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "1000000000     | 1000000000     | DONE    | all of the agreed amount is done",
            "999999999      | 1000000000     | PARTIAL | one rupiah short of all is partial",
            "400000000      | 1000000000     | PARTIAL | exactly forty percent is partial",
            "399999999      | 1000000000     | RED     | one rupiah under forty percent is red",
            "0              | 5              | RED     | nothing disbursed is red",
            "11480000000000 | 28700000000000 | PARTIAL | trillions do not overflow" })
    void the_band_follows_the_share_disbursed(long disbursed, long agreed, Band band, String rule) {
        assertThat(Band.of(disbursed, agreed)).isEqualTo(band);
    }

    @Test
    void no_agreement_has_no_band() {
        assertThat(Band.of(0, null)).isNull();
        assertThat(Band.of(0, 0L)).isNull();
    }
}

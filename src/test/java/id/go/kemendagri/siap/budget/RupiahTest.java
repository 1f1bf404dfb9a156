package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;

class RupiahTest {

    private static final java.util.Locale ID = Formats.INDONESIAN;

    @Test
    void amounts_are_written_with_dots_between_thousands() {
        assertThat(Rupiah.format(1_234_567_890L, ID)).isEqualTo("Rp1.234.567.890");
        assertThat(Rupiah.format(0, ID)).isEqualTo("Rp0");
    }

    @Test
    void large_totals_are_shortened_to_triliun_miliar_and_juta() {
        assertThat(Rupiah.compact(28_700_000_000_000L, ID)).isEqualTo("Rp28,7 T");
        assertThat(Rupiah.compact(940_500_000_000L, ID)).isEqualTo("Rp940,5 M");
        assertThat(Rupiah.compact(3_000_000_000_000L, ID)).isEqualTo("Rp3 T");
        assertThat(Rupiah.compact(12_340_000L, ID)).isEqualTo("Rp12,3 jt");
        assertThat(Rupiah.compact(950_000L, ID)).isEqualTo("Rp950.000");
    }

    @Test
    void english_amounts_use_bn_and_tn() {
        var en = Formats.ENGLISH;
        assertThat(Rupiah.compact(940_500_000_000L, en)).isEqualTo("Rp940.5 bn");
        assertThat(Rupiah.compact(28_700_000_000_000L, en)).isEqualTo("Rp28.7 tn");
        assertThat(Rupiah.compact(12_340_000L, en)).isEqualTo("Rp12.3 m");
        assertThat(Rupiah.compact(-3_000_000_000L, en)).isEqualTo("-Rp3 bn");
        assertThat(Rupiah.compact(950_000L, en)).isEqualTo("Rp950,000");
    }

    @Test
    void what_people_type_is_read() {
        assertThat(Rupiah.parse("Rp1.234.567.890")).contains(1_234_567_890L);
        assertThat(Rupiah.parse("rp 1.234.567")).contains(1_234_567L);
        assertThat(Rupiah.parse("1 234 567")).contains(1_234_567L);
        assertThat(Rupiah.parse("1234567")).contains(1_234_567L);
        assertThat(Rupiah.parse("1.234.567,00")).contains(1_234_567L);
    }

    @Test
    void negative_fractional_malformed_and_absurd_amounts_are_refused() {
        assertThat(Rupiah.parse("-5")).isEmpty();
        assertThat(Rupiah.parse("1.234,50")).isEmpty();
        assertThat(Rupiah.parse("12.34")).isEmpty();
        assertThat(Rupiah.parse("satu juta")).isEmpty();
        assertThat(Rupiah.parse("")).isEmpty();
        assertThat(Rupiah.parse("99999999999999999999")).isEmpty();
    }

    @Test
    void percent_is_rounded_down_so_that_almost_all_is_not_shown_as_all() {
        assertThat(Rupiah.percent(9_999, 10_000L, ID)).isEqualTo("99,9%");
        assertThat(Rupiah.percent(4, 10L, ID)).isEqualTo("40%");
        assertThat(Rupiah.percent(1, null, ID)).isEmpty();
    }
}

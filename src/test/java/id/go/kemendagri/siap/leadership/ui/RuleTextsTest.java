package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Locale;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Translations;
import id.go.kemendagri.siap.leadership.LeadershipProperties;

/** The forms state the terms and neutrality bands the settings give, not fixed figures. */
class RuleTextsTest {

    private static final Translations TRANSLATIONS = new Translations();

    private static BiFunction<String, Object[], String> in(Locale locale) {
        return (key, params) -> TRANSLATIONS.getTranslation(key, locale, params);
    }

    @Test
    void rule_texts_from_the_configuration() {
        var id = in(Formats.INDONESIAN);
        var en = in(Formats.ENGLISH);
        var defaults = LeadershipProperties.defaults();
        assertThat(RuleTexts.termEndHelper(id, defaults)).isEqualTo("Kosongkan: Pj satu tahun, definitif 5 tahun sejak pelantikan");
        assertThat(RuleTexts.termEndHelper(en, defaults)).isEqualTo("Leave empty: one year for a Pj, 5 years for an elected head");
        assertThat(TRANSLATIONS.getTranslation("heads.field.neutrality.helper", Formats.INDONESIAN,
                defaults.neutralityArguments())).isEqualTo("Merah 0-59 · Kuning 60-79 · Hijau 80-100");

        var changed = new LeadershipProperties(Period.ofMonths(18), Period.ofYears(4), 3, 70, 85, 60, 50, 75, 90);
        assertThat(RuleTexts.termEndHelper(id, changed)).isEqualTo("Kosongkan: Pj 18 bulan, definitif 4 tahun sejak pelantikan");
        assertThat(RuleTexts.extensionHelper(en, changed)).isEqualTo("Leave empty for 18 months");
        assertThat(TRANSLATIONS.getTranslation("heads.field.neutrality.helper", Formats.ENGLISH,
                changed.neutralityArguments())).isEqualTo("Red 0-49 · Yellow 50-74 · Green 75-100");
        assertThat(TRANSLATIONS.getTranslation("heads.extend.explain", Formats.INDONESIAN, "1 Okt 2024", 2,
                RuleTexts.period(id, Period.ofMonths(6)))).contains("berlaku 6 bulan");
    }
}

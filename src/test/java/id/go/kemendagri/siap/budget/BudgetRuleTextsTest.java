package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Translations;

/** The budget's texts state the tranche rule the settings give ("40% / 60%", 14 working days, five months). */
class BudgetRuleTextsTest {

    private static final Translations TRANSLATIONS = new Translations();

    @Test
    void rule_texts_from_the_configuration() {
        var defaults = new BudgetProperties(40, 14, 5, 5_000_000_000_000L, 5000, DataSize.ofMegabytes(5), 100_000,
                DataSize.ofMegabytes(32), 0.01, 2, java.time.Duration.ofSeconds(3));
        assertThat(TRANSLATIONS.getTranslation("budget.section.intro", Formats.INDONESIAN, defaults.ruleArguments()))
                .contains("tahap I 40% paling lambat 14 hari kerja", "tahap II 60% paling lambat 5 bulan");
        assertThat(TRANSLATIONS.getTranslation("budget.scheme.TRANCHES", Formats.ENGLISH, defaults.ruleArguments()))
                .isEqualTo("In tranches (40% / 60%)");

        var changed = new BudgetProperties(30, 10, 4, 5_000_000_000_000L, 5000, DataSize.ofMegabytes(5), 100_000,
                DataSize.ofMegabytes(32), 0.01, 2, java.time.Duration.ofSeconds(3));
        assertThat(TRANSLATIONS.getTranslation("budget.section.intro", Formats.ENGLISH, changed.ruleArguments()))
                .contains("tranche I of 30% within 10 working days", "tranche II of 70% no later than 4 months");
        // the exports and the import template read the pattern without parameters and state it themselves
        var pattern = TRANSLATIONS.getTranslation("budget.scheme.TRANCHES", Formats.INDONESIAN);
        assertThat(changed.state(pattern, Formats.INDONESIAN)).isEqualTo("Bertahap (30% / 70%)");
        assertThat(changed.state(TRANSLATIONS.getTranslation("budget.template.help.persen_tahun_sebelumnya",
                Formats.INDONESIAN), Formats.INDONESIAN)).contains("kosong berarti 30");
    }
}

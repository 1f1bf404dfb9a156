package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;

/** English counts say "1 day", "1 minute ago": plural words after a count go through a choice format. */
class PluralsTest {

    /** A count followed directly by a plural noun, outside a choice format: "in {0} days". */
    private static final Pattern BARE_PLURAL = Pattern.compile(
            "\\{\\d(,number(,integer)?)?\\} (days|hours|minutes|seconds|items|regions|rows|follow-ups|meetings|users"
                    + "|tokens|calls|notifications|transfers|times|fields|saves|reports|terms|tranches|indicators)\\b");

    private final Translations translations = new Translations();

    @Test
    void no_english_text_puts_a_plural_noun_after_a_bare_count() {
        var offenders = new ArrayList<String>();
        for (var bundle : Translations.discoverBundles()) {
            var messages = ResourceBundle.getBundle(bundle, Formats.ENGLISH);
            for (var key : Collections.list(messages.getKeys())) {
                var pattern = messages.getString(key);
                if (!pattern.contains(",choice,") && BARE_PLURAL.matcher(pattern).find()) {
                    offenders.add(bundle + ": " + key + "=" + pattern);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void one_takes_the_singular_and_other_counts_the_plural() {
        assertThat(translations.getTranslation("board.days-left", Formats.ENGLISH, 1L)).isEqualTo("in 1 day");
        assertThat(translations.getTranslation("board.days-left", Formats.ENGLISH, 12L)).isEqualTo("in 12 days");
        assertThat(translations.getTranslation("followup.overdue.days", Formats.ENGLISH, 1)).isEqualTo("Overdue by 1 day");
        assertThat(translations.getTranslation("heads.current.extensions", Formats.ENGLISH, 1)).isEqualTo("Extended once");
        assertThat(translations.getTranslation("checklist.bulk.verified", Formats.ENGLISH, 1)).isEqualTo("1 item verified.");
        assertThat(translations.getTranslation("checklist.bulk.verified", Formats.ENGLISH, 1234))
                .isEqualTo("1,234 items verified.");
        assertThat(translations.getTranslation("checklist.bulk.verified", Formats.INDONESIAN, 1234))
                .isEqualTo("1.234 butir terverifikasi.");
    }

    @Test
    void a_count_the_caller_already_formatted_is_read_back_as_a_number() {
        assertThat(translations.getTranslation("meetings.total", Formats.ENGLISH, Formats.number(1, Formats.ENGLISH)))
                .isEqualTo("1 meeting");
        assertThat(translations.getTranslation("meetings.total", Formats.ENGLISH, Formats.number(1234, Formats.ENGLISH)))
                .isEqualTo("1,234 meetings");
        assertThat(Formats.message("{0,choice,1#1 region|1<{0} regions}", Formats.INDONESIAN, "1.234"))
                .isEqualTo("1.234 regions");
    }

    @Test
    void every_choice_format_formats_in_both_languages() {
        for (var bundle : Translations.discoverBundles()) {
            for (var locale : Translations.LOCALES) {
                var messages = ResourceBundle.getBundle(bundle, locale);
                for (var key : Collections.list(messages.getKeys())) {
                    var pattern = messages.getString(key);
                    if (pattern.contains(",choice,")) {
                        var arguments = new Object[10];
                        java.util.Arrays.fill(arguments, 1L);
                        assertThat(Formats.message(pattern, locale, arguments)).as(key).doesNotContain("{");
                    }
                }
            }
        }
    }
}

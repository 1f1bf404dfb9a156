package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;

class TranslationsTest {

    @Test
    void every_bundle_has_the_same_keys_in_indonesian_and_english() {
        var bundles = Translations.discoverBundles();

        assertThat(bundles).contains("i18n/base", "i18n/region", "i18n/security");
        for (var bundle : bundles) {
            assertThat(Translations.keys(bundle, Formats.ENGLISH)).as(bundle)
                    .containsExactlyElementsOf(Translations.keys(bundle, Formats.INDONESIAN));
        }
    }

    /** In a message with arguments an apostrophe starts quoted text: "Minister's {0}" would never show {0}. */
    @Test
    void an_apostrophe_in_a_message_with_arguments_is_doubled() {
        var single = java.util.regex.Pattern.compile("(?<!')'(?!')");
        var argument = java.util.regex.Pattern.compile("\\{\\d");
        var offenders = new java.util.ArrayList<String>();
        for (var bundle : Translations.discoverBundles()) {
            for (var locale : java.util.List.of(Formats.INDONESIAN, Formats.ENGLISH)) {
                var messages = java.util.ResourceBundle.getBundle(bundle, locale);
                for (var key : java.util.Collections.list(messages.getKeys())) {
                    var text = messages.getString(key);
                    if (argument.matcher(text).find() && single.matcher(text).find()) {
                        offenders.add(bundle + " " + locale + ": " + key);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(new Translations().getTranslation("heads.alerts.transfers", Formats.ENGLISH, "1 Jan", "2 Feb", 3))
                .isEqualTo("Transfers without the Minister's approval, 1 Jan – 2 Feb: 3");
    }

    @Test
    void no_key_is_defined_in_two_bundles() {
        var seen = new java.util.HashMap<String, String>();
        for (var bundle : Translations.discoverBundles()) {
            for (var key : Translations.keys(bundle, Formats.INDONESIAN)) {
                assertThat(seen.put(key, bundle)).as("key %s of %s", key, bundle).isNull();
            }
        }
    }

    @Test
    void indonesian_is_the_default_and_english_the_alternative() {
        var translations = new Translations();

        assertThat(translations.getTranslation("app.name", Locale.forLanguageTag("id-ID"))).isNotBlank();
        assertThat(translations.getTranslation("menu.regions", Formats.INDONESIAN))
                .isNotEqualTo(translations.getTranslation("menu.regions", Formats.ENGLISH));
        assertThat(translations.getTranslation("no.such.key", Formats.INDONESIAN)).isEqualTo("!no.such.key");
    }
}

package id.go.kemendagri.siap.base.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import id.go.kemendagri.siap.base.Formats;

/**
 * All text shown to users, from one bundle per feature under {@code i18n/}: {@code <feature>_id.properties}
 * (Bahasa Indonesia, the default) and {@code <feature>_en.properties}. A test fails the build when a
 * key is missing from either language.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    public static final List<Locale> LOCALES = List.of(Formats.INDONESIAN, Formats.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    public Translations() {
        this.bundles = discoverBundles();
    }

    /** Bundle base names found on the class path, e.g. {@code i18n/region}. */
    public static List<String> discoverBundles() {
        try {
            var names = new TreeSet<String>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_id.properties")) {
                var file = resource.getFilename();
                names.add("i18n/" + file.substring(0, file.length() - "_id.properties".length()));
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = Formats.normalise(locale).getLanguage();
        for (var bundle : bundles) {
            try {
                var messages = ResourceBundle.getBundle(bundle, Locale.of(language), NO_FALLBACK);
                if (messages.containsKey(key)) {
                    var text = messages.getString(key);
                    return params.length == 0 ? text : Formats.message(text, Formats.normalise(locale), params);
                }
            } catch (MissingResourceException e) {
                log.warn("Bundle {} has no {} version", bundle, language);
            }
        }
        log.warn("Missing translation {} for {}", key, language);
        return "!" + key;
    }

    /** Whether a key has a text in the locale's language (asking does not log a missing key). */
    public boolean has(String key, Locale locale) {
        var language = Formats.normalise(locale).getLanguage();
        for (var bundle : bundles) {
            try {
                if (ResourceBundle.getBundle(bundle, Locale.of(language), NO_FALLBACK).containsKey(key)) {
                    return true;
                }
            } catch (MissingResourceException e) {
                // reported by getTranslation
            }
        }
        return false;
    }

    /** Every key of every bundle in one language, for the completeness test. */
    public static List<String> keys(String bundle, Locale locale) {
        var messages = ResourceBundle.getBundle(bundle, Locale.of(locale.getLanguage()), NO_FALLBACK);
        return new ArrayList<>(new TreeSet<>(messages.keySet()));
    }
}

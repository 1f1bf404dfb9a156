package id.go.kemendagri.siap.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.Rupiah;

/**
 * The words and number formats of a board report in one language: the report's own keys
 * ({@code board.report.*} in {@code i18n/boardreport}) and the features' labels for recipients, head
 * statuses, evaluation categories and neutrality bands. Plain resource bundles: the reports are a
 * service, without Vaadin's translation provider.
 */
final class ReportTexts {

    private static final List<String> BUNDLES = List.of("i18n/boardreport", "i18n/budget", "i18n/leadership");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    ReportTexts(Locale locale) {
        this.locale = Formats.normalise(locale);
        var language = Locale.of(this.locale.getLanguage());
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, language, NO_FALLBACK)).toList();
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text of a key; arguments are inserted as given (format numbers and dates first). */
    String text(String key, Object... arguments) {
        for (var bundle : bundles) {
            if (bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : Formats.message(pattern, locale, arguments);
            }
        }
        throw new MissingResourceException("No text for " + key, ReportTexts.class.getName(), key);
    }

    String number(long value) {
        return Formats.number(value, locale);
    }

    /** {@code 72,4%} with the given number of decimals (trailing zeros kept). */
    String percent(double value, int decimals) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.DOWN);
        return format.format(BigDecimal.valueOf(value)) + "%";
    }

    String money(long amount) {
        return Rupiah.format(amount, locale);
    }

    String moneyShort(long amount) {
        return Rupiah.compact(amount, locale);
    }

    /** {@code 21 Oktober 2024}. */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** A cell of a {@link ReportSection} as text. */
    String cell(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            case Long count -> number(count);
            case ReportSection.Money money -> money(money.amount());
            case ReportSection.Percent percent -> percent(percent.value(), percent.decimals());
            case LocalDate day -> date(day);
            default -> value.toString();
        };
    }

    /** {@code 21 Oktober 2024 14.05 WIB} (Jakarta time). */
    String dateTime(Instant instant) {
        var pattern = english() ? "d MMMM yyyy HH:mm 'WIB'" : "d MMMM yyyy HH.mm 'WIB'";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(Formats.WIB));
    }
}

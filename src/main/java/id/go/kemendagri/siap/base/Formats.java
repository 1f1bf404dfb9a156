package id.go.kemendagri.siap.base;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as Indonesian readers expect them (1.234.567; 27 Nov 2024), or in English. */
public final class Formats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    /** Jakarta time: the ministry's clock for display. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private Formats() {
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(normalise(locale)).format(value);
    }

    /** A number with one decimal, e.g. {@code 72,4} in Indonesian and {@code 72.4} in English. */
    public static String decimal(double value, Locale locale) {
        var format = NumberFormat.getNumberInstance(normalise(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /**
     * The unit a shortened amount is written in, or null below a million: juta, miliar and triliun are
     * {@code jt}, {@code M} and {@code T} in Indonesian; in English, where "M" reads as million, {@code m},
     * {@code bn} and {@code tn} ({@code Rp940,5 M} is {@code Rp940.5 bn}). Used by every short Rupiah amount.
     */
    public static ShortScale shortScale(double abs, Locale locale) {
        var english = normalise(locale) == ENGLISH;
        if (abs >= 1e12) {
            return new ShortScale(1_000_000_000_000L, english ? "tn" : "T");
        }
        if (abs >= 1e9) {
            return new ShortScale(1_000_000_000L, english ? "bn" : "M");
        }
        if (abs >= 1e6) {
            return new ShortScale(1_000_000L, english ? "m" : "jt");
        }
        return null;
    }

    /** A power of a thousand to divide by and the word for it. */
    public record ShortScale(long unit, String suffix) {
    }

    /** Today on the ministry's calendar: the date in Jakarta ({@link #WIB}) by the application's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WIB);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy", normalise(locale)).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", normalise(locale)).format(instant.atZone(WIB));
    }

    /** The time of day in Jakarta, {@code 14:05}: when something happened today ("baru saja menyimpan ... (14:05)"). */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("HH:mm", normalise(locale)).format(instant.atZone(WIB));
    }

    /**
     * Formats a message. A count shown in words that depend on it ({@code {0,choice,1#1 day|1<{0} days}}, the
     * English plural) needs a number: a count a caller already formatted ({@code Formats.number}) is read back.
     */
    public static String message(String pattern, Locale locale, Object... params) {
        var message = new java.text.MessageFormat(pattern, locale);
        var formats = message.getFormatsByArgumentIndex();
        var values = params.clone();
        for (var i = 0; i < Math.min(formats.length, values.length); i++) {
            if (formats[i] instanceof java.text.ChoiceFormat && values[i] instanceof String text) {
                try {
                    values[i] = java.text.NumberFormat.getNumberInstance(locale).parse(text.strip());
                } catch (java.text.ParseException e) {
                    // not a count: left as it is (MessageFormat then reports the pattern's misuse)
                }
            }
        }
        return message.format(values);
    }

    /** Indonesian unless the locale is English: the two languages the application speaks. */
    public static Locale normalise(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }
}

package id.go.kemendagri.siap.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.go.kemendagri.siap.base.Formats;

/**
 * Whole Rupiah as Indonesians write them: {@code Rp1.234.567.890} in full, {@code Rp28,7 T} (triliun),
 * {@code Rp940,5 M} (miliar) and {@code Rp12,3 jt} (juta) in summaries ({@code tn}, {@code bn}, {@code m} in
 * English). Parsing accepts what people type
 * or paste: with or without "Rp", dots or spaces between thousands, and no fractions.
 */
public final class Rupiah {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[. ]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern TRAILING_ZERO_CENTS = Pattern.compile("(.*),0{1,2}");

    private Rupiah() {
    }

    /** {@code Rp1.234.567}; {@code -Rp5} for a negative amount. */
    public static String format(long amount, Locale locale) {
        var text = "Rp" + Formats.number(Math.abs(amount), locale);
        return amount < 0 ? "-" + text : text;
    }

    /**
     * {@code Rp28,7 T}, {@code Rp940,5 M}, {@code Rp12,3 jt}; in English {@code Rp28.7 tn}, {@code Rp940.5 bn},
     * {@code Rp12.3 m} ({@link Formats#shortScale}); below a million in full. One decimal, half up.
     */
    public static String compact(long amount, Locale locale) {
        var scale = Formats.shortScale(Math.abs(amount), locale);
        if (scale == null) {
            return format(amount, locale);
        }
        return (amount < 0 ? "-Rp" : "Rp") + scaled(Math.abs(amount), scale.unit(), locale) + " " + scale.suffix();
    }

    /**
     * A share in percent with one decimal, rounded down so that 99.99% never reads as 100%:
     * {@code 45,5%}. Empty when there is no whole to share.
     */
    public static String percent(long part, Long whole, Locale locale) {
        if (whole == null || whole <= 0) {
            return "";
        }
        var value = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
        return decimal(value, locale) + "%";
    }

    private static String decimal(BigDecimal value, Locale locale) {
        var format = java.text.NumberFormat.getNumberInstance(Formats.normalise(locale));
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 1 : 0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String scaled(long amount, long unit, Locale locale) {
        return decimal(BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP), locale);
    }

    /**
     * Reads an amount as typed: {@code Rp1.234.567}, {@code 1 234 567}, {@code 1234567}, {@code 1.234.567,00}.
     * Empty for anything else, including negative numbers, fractions of a Rupiah and amounts beyond a long.
     */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var value = text.strip().replace('\u00a0', ' ');
        if (value.regionMatches(true, 0, "Rp", 0, 2)) {
            value = value.substring(2).strip();
        }
        var cents = TRAILING_ZERO_CENTS.matcher(value);
        if (cents.matches()) {
            value = cents.group(1);
        }
        if (!GROUPED.matcher(value).matches() && !PLAIN.matcher(value).matches()) {
            return Optional.empty();
        }
        var digits = value.replace(".", "").replace(" ", "");
        if (digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}

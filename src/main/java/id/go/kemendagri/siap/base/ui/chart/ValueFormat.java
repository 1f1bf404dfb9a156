package id.go.kemendagri.siap.base.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import id.go.kemendagri.siap.base.Formats;

/**
 * How a chart's values read. Formatting happens on the server: tooltips, the table alternative and the CSV
 * get the texts made here; the browser only formats the value axis ticks the same way.
 */
public enum ValueFormat {
    /** {@code 1.234} or {@code 12,5}: whole numbers grouped, at most one decimal. */
    NUMBER("number"),
    /** Values are percentages (0 to 100, not fractions): {@code 82,5%}. */
    PERCENT("percent"),
    /** Whole Rupiah in full: {@code Rp1.234.567.890}. */
    RUPIAH("rupiah"),
    /**
     * Rupiah in short: {@code Rp28,7 T} (triliun), {@code Rp940,5 M} (miliar), {@code Rp12,3 jt} (juta); in English
     * {@code Rp28.7 tn}, {@code Rp940.5 bn}, {@code Rp12.3 m}.
     */
    RUPIAH_COMPACT("rupiah");


    private final String axisFormat;

    ValueFormat(String axisFormat) {
        this.axisFormat = axisFormat;
    }

    /** The name the browser component knows for the value axis ticks. */
    String axisFormat() {
        return axisFormat;
    }

    /** The value as a reader sees it; empty for a missing value. */
    public String format(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case NUMBER -> decimal(value, locale);
            case PERCENT -> decimal(value, locale) + "%";
            case RUPIAH -> sign(value) + "Rp" + Formats.number(Math.round(Math.abs(value)), locale);
            case RUPIAH_COMPACT -> sign(value) + "Rp" + compact(Math.abs(value), locale);
        };
    }

    /** The bare number for a spreadsheet (CSV): grouped, no unit; {@code 1.234.567}, {@code 82,5}. */
    public String plain(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        return this == RUPIAH || this == RUPIAH_COMPACT ? Formats.number(Math.round(value), locale) : decimal(value, locale);
    }

    private static String sign(double value) {
        return value < 0 ? "-" : "";
    }

    private static String compact(double abs, Locale locale) {
        var scale = Formats.shortScale(abs, locale);
        return scale == null ? Formats.number(Math.round(abs), locale)
                : decimal(abs / scale.unit(), locale) + " " + scale.suffix();
    }

    private static String decimal(double value, Locale locale) {
        var rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        var format = NumberFormat.getNumberInstance(Formats.normalise(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(rounded);
    }
}

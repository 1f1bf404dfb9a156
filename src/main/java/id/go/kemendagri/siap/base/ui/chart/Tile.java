package id.go.kemendagri.siap.base.ui.chart;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One region on a tile board ({@link TileBoard}).
 *
 * @param code       region code ({@code 62}, {@code 62.07}); what the open listener receives
 * @param name       full name for the aria-label and tooltip ({@code Kalimantan Tengah})
 * @param shortLabel the tile's caption ({@code KALTENG}, {@code DKI})
 * @param valueText  the figure shown on the tile, already formatted ({@code 82%}); may be empty
 * @param variant    CSS class that colours the tile: {@code band-siap}, {@code band-sedang}, {@code band-rendah},
 *                   {@code band-none} (see styles/chart.css); {@code null} means {@code band-none}
 * @param tooltip    extra text for the tooltip ({@code 41 dari 50 butir selesai}); may be empty
 */
public record Tile(String code, String name, String shortLabel, String valueText, String variant, String tooltip) {

    public static final String BAND_SIAP = "band-siap";
    public static final String BAND_SEDANG = "band-sedang";
    public static final String BAND_RENDAH = "band-rendah";
    public static final String BAND_NONE = "band-none";
    private static final Pattern CSS_CLASS = Pattern.compile("[a-z][a-z0-9-]*");

    public Tile {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        shortLabel = shortLabel == null ? name : shortLabel;
        valueText = valueText == null ? "" : valueText;
        variant = variant == null || variant.isBlank() ? BAND_NONE : variant;
        tooltip = tooltip == null ? "" : tooltip;
        if (!CSS_CLASS.matcher(variant).matches()) {
            throw new IllegalArgumentException("variant must be one lower-case CSS class name: " + variant);
        }
    }

    /** What a screen reader hears on the tile: {@code "Kalimantan Tengah: 82%"}. */
    public String accessibleName() {
        return valueText.isEmpty() ? name : name + ": " + valueText;
    }

    /** What the tooltip shows: the accessible name, then the extra text on its own line. */
    public String tooltipText() {
        return tooltip.isEmpty() ? accessibleName() : accessibleName() + "\n" + tooltip;
    }
}

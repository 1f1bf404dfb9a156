package id.go.kemendagri.siap.dashboard;

/**
 * Where a region stands by its verified readiness: at or above the ready threshold, between the low
 * mark and the threshold, below the low mark, or without a checklist (no published template).
 */
public enum ReadinessBand {
    READY, MEDIUM, LOW, NONE;

    /** The CSS modifier the tile map and its legend use ({@code base.ui.chart.Tile}'s variants). */
    public String cssClass() {
        return switch (this) {
            case READY -> "band-siap";
            case MEDIUM -> "band-sedang";
            case LOW -> "band-rendah";
            case NONE -> "band-none";
        };
    }

    /** The colour of the band in charts, the same as its tiles'. */
    public String color() {
        return switch (this) {
            case READY -> "#1b5e20";
            case MEDIUM -> "#fbc02d";
            case LOW -> "#b71c1c";
            case NONE -> "#90a4ae";
        };
    }
}

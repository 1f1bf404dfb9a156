package id.go.kemendagri.siap.dashboard;

/**
 * Where a region stands by its verified readiness: at or above the ready threshold, between the low
 * mark and the threshold, below the low mark, or without a checklist (no published template).
 */
public enum ReadinessBand {
    READY, MEDIUM, LOW, NONE;

    /** The CSS modifier the tile map and badges use. */
    public String cssClass() {
        return "band-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}

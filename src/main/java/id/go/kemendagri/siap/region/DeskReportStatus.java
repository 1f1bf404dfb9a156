package id.go.kemendagri.siap.region;

/** Where a month of the Desk Pilkada's report series stands. */
public enum DeskReportStatus {
    /** Sent by its due day. */
    ON_TIME,
    /** Sent after its due day. */
    LATE,
    /** Not sent and its due day has passed. */
    MISSING,
    /** The month is over and its report is not due yet. */
    DUE,
    /** The month is under way. */
    UPCOMING,
    /** The month has not begun. */
    NOT_STARTED;

    public String theme() {
        return switch (this) {
            case ON_TIME -> "success";
            case LATE -> "warning";
            case MISSING -> "error";
            case DUE -> "";
            case UPCOMING, NOT_STARTED -> "contrast";
        };
    }
}

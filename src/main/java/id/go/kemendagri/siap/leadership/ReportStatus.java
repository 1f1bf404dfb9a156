package id.go.kemendagri.siap.leadership;

/** Where a quarterly report stands on a given day. */
public enum ReportStatus {
    /** Not sent yet and its due date has not passed. */
    BELUM,
    /** Sent, with its date and document or link. */
    TERKIRIM,
    /** Its due date passed without it. */
    TERLAMBAT
}

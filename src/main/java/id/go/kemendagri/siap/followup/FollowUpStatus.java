package id.go.kemendagri.siap.followup;

/**
 * Where a follow-up stands. Regions move it between {@link #BARU} and {@link #PROSES}; only an
 * evaluator closes it ({@link #SELESAI}). Overdue is not a status: it follows from the deadline.
 */
public enum FollowUpStatus {
    BARU,
    PROSES,
    SELESAI
}

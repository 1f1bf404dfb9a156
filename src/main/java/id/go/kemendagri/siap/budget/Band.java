package id.go.kemendagri.siap.budget;

/**
 * The ministry's traffic light on a signed grant's disbursement: all of it (DONE), at least 40% but not
 * all (PARTIAL), or under 40% (RED). Unsigned grants have no band.
 */
public enum Band {
    DONE, PARTIAL, RED;

    /** The lowest share, in percent, that is no longer red. */
    public static final int PARTIAL_FROM_PERCENT = 40;

    /** The band of a disbursed amount against an agreed one; {@code null} when nothing was agreed. */
    public static Band of(long disbursed, Long agreed) {
        if (agreed == null || agreed <= 0) {
            return null;
        }
        if (disbursed >= agreed) {
            return DONE;
        }
        // Whole-number arithmetic: 40% exactly is PARTIAL, a Rupiah less is RED.
        return disbursed * 100 >= agreed * PARTIAL_FROM_PERCENT ? PARTIAL : RED;
    }
}

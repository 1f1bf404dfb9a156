package id.go.kemendagri.siap.checklist;

/** What the region reports about an item. */
public enum ItemStatus {
    BELUM, PROSES, SELESAI, TIDAK_BERLAKU;

    /** SELESAI and TIDAK_BERLAKU close an item and send it to an evaluator. */
    public boolean closes() {
        return this == SELESAI || this == TIDAK_BERLAKU;
    }
}

package id.go.kemendagri.siap.leadership;

/** How a region's head holds office. The official Indonesian terms are the names. */
public enum HeadStatus {
    /** Elected head, full authority. */
    DEFINITIF,
    /** Penjabat: a senior civil servant appointed when the elected term ends before the election. */
    PJ,
    /** Penjabat sementara: while the incumbent takes campaign leave. */
    PJS,
    /** Pelaksana tugas: the deputy standing in. */
    PLT,
    /** Pelaksana harian: the regional secretary for daily duties. */
    PLH;

    /** Whether the head owes quarterly reports and is evaluated on them. */
    public boolean reportsQuarterly() {
        return this == PJ;
    }

    /** Appointed by decree, so the decree must be the one the region's level calls for. */
    public boolean requiresPairedDecree() {
        return this == PJ || this == PJS || this == DEFINITIF;
    }

    /** Held by a civil servant, who has an 18-digit NIP. */
    public boolean requiresNip() {
        return this == PJ || this == PJS || this == PLH;
    }
}

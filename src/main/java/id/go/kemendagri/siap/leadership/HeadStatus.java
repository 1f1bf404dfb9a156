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

    /**
     * Appointed by the decree the region's level calls for: a Keppres for a governor, a Kepmendagri for a
     * bupati/wali kota. A Pjs is not: the Minister designates a Pjs at every level ({@link #designatedByMinister()}).
     */
    public boolean requiresPairedDecree() {
        return this == PJ || this == DEFINITIF;
    }

    /** Designated by a Kepmendagri at every level, a Pjs gubernur included (Permendagri 1/2018). */
    public boolean designatedByMinister() {
        return this == PJS;
    }

    /**
     * The decree this status is appointed by on a region of the given level (the appointment form's default),
     * or null when any letter will do (Plt, Plh).
     */
    public LegalBasis decreeFor(boolean province) {
        if (designatedByMinister()) {
            return LegalBasis.KEPMENDAGRI;
        }
        if (requiresPairedDecree()) {
            return province ? LegalBasis.KEPPRES : LegalBasis.KEPMENDAGRI;
        }
        return null;
    }

    /** Held by a civil servant, who has an 18-digit NIP. */
    public boolean requiresNip() {
        return this == PJ || this == PJS || this == PLH;
    }
}

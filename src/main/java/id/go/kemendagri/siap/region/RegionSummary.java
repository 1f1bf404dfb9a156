package id.go.kemendagri.siap.region;

/** Counts for the home board, computed by aggregate queries. */
public record RegionSummary(String cycleName, java.time.LocalDate voteDate, long provinces, long kabupaten,
        long kota, long holdingPilkada, long provincesHoldingPilkada, long deskContacts) {

    public long regions() {
        return provinces + kabupaten + kota;
    }
}

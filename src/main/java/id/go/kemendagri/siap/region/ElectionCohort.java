package id.go.kemendagri.siap.region;

/**
 * The Pilkada in which a region's last elected head was elected and the year that term ends; both null for a region
 * whose head is not elected (DI Yogyakarta) or that never had one (a province formed in 2022). {@code basis} says so.
 */
public record ElectionCohort(String regionCode, Integer electedYear, Integer termEndYear, String basis) {

    /** Whether the region's head has been a Pj since its elected head's term ended (or since it was formed). */
    public boolean pjSince(int year) {
        return termEndYear != null ? termEndYear <= year : electedYear == null && basis.startsWith("Provinsi baru");
    }
}

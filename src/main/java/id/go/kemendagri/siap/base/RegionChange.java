package id.go.kemendagri.siap.base;

/**
 * A committed change to something that belongs to one region. Features publish their past-tense
 * events as implementations of this contract; the live-update hub fans them out to the screens that
 * show that region. Events carry identifiers only: each screen re-reads what it shows.
 */
public interface RegionChange {

    /** Official code of the region the change belongs to, e.g. {@code 62.07}. */
    String regionCode();
}

package id.go.kemendagri.siap.base;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A committed change to something that belongs to one region. Features publish their past-tense
 * events as implementations of this contract; the live-update hub fans them out to the screens that
 * show that region. Events carry identifiers only: each screen re-reads what it shows.
 */
public interface RegionChange {

    /** Official code of the region the change belongs to, e.g. {@code 62.07}. */
    String regionCode();

    /** The regions some changes belong to, each once. */
    static Set<String> regionCodes(Collection<? extends RegionChange> changes) {
        return changes.stream().map(RegionChange::regionCode).collect(Collectors.toSet());
    }
}

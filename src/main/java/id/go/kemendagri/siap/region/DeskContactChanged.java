package id.go.kemendagri.siap.region;

import id.go.kemendagri.siap.base.RegionChange;

/** A region's Desk Pilkada contact was saved and committed at this version. */
public record DeskContactChanged(String regionCode, long version) implements RegionChange {
}

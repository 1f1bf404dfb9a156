package id.go.kemendagri.siap.region;

import id.go.kemendagri.siap.base.RegionChange;

/** A month of a region's Desk Pilkada report series was recorded or changed and committed. */
public record DeskReportChanged(String regionCode) implements RegionChange {
}

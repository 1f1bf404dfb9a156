package id.go.kemendagri.siap.leadership;

import id.go.kemendagri.siap.base.RegionChange;

/** A quarterly report was recorded as sent (or corrected) at this version. */
public record PjReportRecorded(String regionCode, long reportId, long version) implements RegionChange {

    @Override
    public String feature() {
        return HeadTenureChanged.FEATURE;
    }
}

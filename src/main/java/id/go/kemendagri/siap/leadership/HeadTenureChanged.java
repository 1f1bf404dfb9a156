package id.go.kemendagri.siap.leadership;

import id.go.kemendagri.siap.base.RegionChange;

/** A tenure was created, extended or ended and committed at this version. */
public record HeadTenureChanged(String regionCode, long tenureId, long version) implements RegionChange {

    public static final String FEATURE = "leadership";

    @Override
    public String feature() {
        return FEATURE;
    }
}

package id.go.kemendagri.siap.base;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A {@link StampedRecord} that belongs to one region: the region and the region's province, kept on the row so that
 * a province's staff are filtered without a join (follow-ups, minister approvals; {@link RegionRecord} adds the
 * election cycle).
 */
@MappedSuperclass
public abstract class RegionOwnedRecord extends StampedRecord {

    @Getter
    private String regionCode;

    @Getter
    private String provinceCode;

    protected RegionOwnedRecord() {
    }

    protected RegionOwnedRecord(String regionCode, String provinceCode) {
        this.regionCode = regionCode;
        this.provinceCode = provinceCode;
    }
}

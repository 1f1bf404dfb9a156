package id.go.kemendagri.siap.base;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A row that belongs to one region in one election cycle: the cycle, with the region, province, generated id and
 * stamps of {@link RegionOwnedRecord}.
 */
@MappedSuperclass
public abstract class RegionRecord extends RegionOwnedRecord {

    @Getter
    private long cycleId;

    protected RegionRecord() {
    }

    protected RegionRecord(long cycleId, String regionCode, String provinceCode) {
        super(regionCode, provinceCode);
        this.cycleId = cycleId;
    }
}

package id.go.kemendagri.siap.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one region in one election cycle: the cycle, the region and the region's province (kept on
 * the row so that a province's staff are filtered without a join), with the generated id and stamps of
 * {@link StampedRecord}.
 */
@MappedSuperclass
public abstract class RegionRecord extends StampedRecord {

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    protected RegionRecord() {
    }

    protected RegionRecord(long cycleId, String regionCode, String provinceCode) {
        this.cycleId = cycleId;
        this.regionCode = regionCode;
        this.provinceCode = provinceCode;
    }

    public long getCycleId() {
        return cycleId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}

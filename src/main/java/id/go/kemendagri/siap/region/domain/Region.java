package id.go.kemendagri.siap.region.domain;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.region.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province or kabupaten/kota under its official code. Reference data: loaded, not edited. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 13)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    /** The name as the reference data spells it; {@link #name} is the one shown (the same but for display names). */
    @Column(name = "official_name", length = 120)
    private String officialName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "region_level", nullable = false, length = 12)
    private RegionLevel level;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    /** When its name or Pilkada flag last changed (null: not since the column exists), for the API's sync. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, String provinceCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.provinceCode = provinceCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOfficialName() {
        return officialName;
    }

    public void setOfficialName(String officialName) {
        this.officialName = officialName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public void changed(Instant at) {
        this.changedAt = at;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}

package id.go.kemendagri.siap.leadership.domain;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.region.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The official region as this feature reads it: a read-only view of the region feature's table, so that
 * the heads grid joins regions and tenures in one query without reaching into the region feature's
 * entities.
 */
@Entity(name = "LeadershipRegion")
@Immutable
@Table(name = "region")
public class RegionRef {

    @Id
    @Column(length = 13)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "region_level", nullable = false, length = 12)
    private RegionLevel level;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    protected RegionRef() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}

package id.go.kemendagri.siap.region;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of the official {@code region} table that every reader of it maps: code, shown name, level and
 * province. This feature's entity extends it, and so do the read-only views other features keep of the table
 * (leadership's {@code RegionRef}), so that the mapping is written once.
 */
@MappedSuperclass
@Getter
public abstract class RegionColumns {

    @Id
    private String code;

    @Setter(AccessLevel.PROTECTED)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "region_level", nullable = false, length = 12)
    private RegionLevel level;

    private String provinceCode;

    protected RegionColumns() {
    }

    protected RegionColumns(String code, String name, RegionLevel level, String provinceCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.provinceCode = provinceCode;
    }
}

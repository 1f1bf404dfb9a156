package id.go.kemendagri.siap.leadership.domain;

import org.hibernate.annotations.Immutable;

import id.go.kemendagri.siap.region.RegionColumns;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The official region as this feature reads it: a read-only view of the region feature's table, so that
 * the heads grid joins regions and tenures in one query without reaching into the region feature's
 * entities.
 */
@Entity(name = "LeadershipRegion")
@Immutable
@Table(name = "region")
public class RegionRef extends RegionColumns {

    protected RegionRef() {
    }
}

package id.go.kemendagri.siap.region.domain;

import java.time.Instant;

import id.go.kemendagri.siap.region.RegionColumns;
import id.go.kemendagri.siap.region.RegionLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** A province or kabupaten/kota under its official code. Reference data: loaded, not edited. */
@Entity
@Table(name = "region")
public class Region extends RegionColumns {

    /** The name as the reference data spells it; {@link #getName} is the one shown (the same but for display names). */
    @Getter @Setter
    private String officialName;

    /** When its name or Pilkada flag last changed (null: not since the column exists), for the API's sync. */
    @Getter
    private Instant changedAt;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, String provinceCode) {
        super(code, name, level, provinceCode);
    }

    @Override
    public void setName(String name) {
        super.setName(name);
    }

    public void changed(Instant at) {
        this.changedAt = at;
    }
}

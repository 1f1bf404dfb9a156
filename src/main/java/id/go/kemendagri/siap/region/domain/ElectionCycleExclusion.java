package id.go.kemendagri.siap.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A region that holds no Pilkada in a cycle, and why. */
@Entity
@Table(name = "election_cycle_exclusion")
public class ElectionCycleExclusion {

    @EmbeddedId
    private ElectionCycleRegion.Key id;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ElectionCycleExclusion() {
    }

    public ElectionCycleRegion.Key getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }
}

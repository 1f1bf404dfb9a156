package id.go.kemendagri.siap.region.domain;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** A region that holds no Pilkada in a cycle, and why. */
@Entity
@Table(name = "election_cycle_exclusion")
public class ElectionCycleExclusion {

    @Getter
    @EmbeddedId
    private ElectionCycleRegion.Key id;

    @Getter
    private String reason;

    protected ElectionCycleExclusion() {
    }
}

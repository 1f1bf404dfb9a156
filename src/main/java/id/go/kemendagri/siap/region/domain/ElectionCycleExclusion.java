package id.go.kemendagri.siap.region.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A region that holds no Pilkada in a cycle, and why. */
@Entity
@Table(name = "election_cycle_exclusion")
public class ElectionCycleExclusion {

    @Embeddable
    public record Key(@Column(name = "cycle_id") Long cycleId,
            @Column(name = "region_code", length = 13) String regionCode) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ElectionCycleExclusion() {
    }

    public Key getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }
}

package id.go.kemendagri.siap.region.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** Whether a region holds a Pilkada in a cycle; one row per cycle and region. */
@Entity
@Table(name = "election_cycle_region")
public class ElectionCycleRegion {

    /** A region in a cycle: the key of this table, and of the others kept per cycle and region. */
    @Embeddable
    public record Key(@Column(name = "cycle_id") Long cycleId,
            @Column(name = "region_code", length = 13) String regionCode) implements Serializable {
    }

    @Getter
    @EmbeddedId
    private Key id;

    @Getter @Setter
    private boolean holdsPilkada;

    protected ElectionCycleRegion() {
    }

    public ElectionCycleRegion(long cycleId, String regionCode, boolean holdsPilkada) {
        this.id = new Key(cycleId, regionCode);
        this.holdsPilkada = holdsPilkada;
    }
}

package id.go.kemendagri.siap.region.domain;

import java.io.Serializable;
import java.time.LocalDate;

import id.go.kemendagri.siap.region.ElectionStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;

/** One stage of an election cycle with its dates (reference data, written by migrations). */
@Entity
@Table(name = "election_stage")
@Getter
public class ElectionCycleStage {

    @Embeddable
    public record Key(@Column(name = "cycle_id") Long cycleId,
            @Enumerated(EnumType.STRING) @Column(name = "stage", length = 32) ElectionStage stage) implements Serializable {
    }

    @Getter(AccessLevel.NONE)
    @EmbeddedId
    private Key id;

    private int sortOrder;

    private LocalDate startsOn;

    private LocalDate endsOn;

    protected ElectionCycleStage() {
    }

    public ElectionStage getStage() {
        return id.stage();
    }
}

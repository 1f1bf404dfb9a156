package id.go.kemendagri.siap.region.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** An election cycle such as "Pilkada Serentak 2024"; exactly one is current. */
@Entity
@Table(name = "election_cycle")
@Getter
public class ElectionCycle {

    @Id
    private Long id;

    private String name;

    private LocalDate voteDate;

    @Column(name = "current_cycle", nullable = false)
    private boolean current;

    protected ElectionCycle() {
    }
}

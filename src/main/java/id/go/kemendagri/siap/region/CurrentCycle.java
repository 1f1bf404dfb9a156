package id.go.kemendagri.siap.region;

import java.time.LocalDate;

/** The current election cycle as other features see it. */
public record CurrentCycle(long id, String name, LocalDate voteDate) {
}

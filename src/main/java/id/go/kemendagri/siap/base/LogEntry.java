package id.go.kemendagri.siap.base;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A row of an append-only log (the audit trail, sign-in attempts, read API calls): its generated id and when it
 * happened. Written once, never changed, so it carries no {@link Stamped} stamps and no version.
 */
@MappedSuperclass
public abstract class LogEntry extends Identified {

    @Getter
    private Instant occurredAt;

    protected LogEntry() {
    }

    protected LogEntry(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }
}

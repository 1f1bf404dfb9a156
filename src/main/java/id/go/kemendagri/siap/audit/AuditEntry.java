package id.go.kemendagri.siap.audit;

import id.go.kemendagri.siap.base.ChangeEntry;

import java.time.Instant;

/** One changed field in the history, as screens show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String regionCode, String action, String field, String oldValue, String newValue) implements ChangeEntry {
}

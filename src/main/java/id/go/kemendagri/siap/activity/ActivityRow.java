package id.go.kemendagri.siap.activity;

import java.time.Instant;

/** One recorded change, with the name of its region when it belongs to one. */
public record ActivityRow(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String regionCode, String regionName, String action, String field, String oldValue, String newValue) {
}

package id.go.kemendagri.siap.activity;

import java.time.Instant;
import java.util.List;

/**
 * One save as the feed shows it: who changed which record when, with the name of its region when it belongs
 * to one, and the fields that save changed (in the order they were recorded).
 */
public record ActivityRow(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String regionCode, String regionName, String action, List<Change> changes) {

    public ActivityRow {
        changes = List.copyOf(changes);
    }

    /** A field the save changed, with its stored values ({@code null} means empty). */
    public record Change(String field, String oldValue, String newValue) {
    }
}

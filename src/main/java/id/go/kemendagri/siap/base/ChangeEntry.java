package id.go.kemendagri.siap.base;

import java.time.Instant;

/**
 * One changed field of a record, as a change history shows it: the contract between the audit trail
 * (which implements it) and the shared history component in {@code base.ui}, which may not depend on a
 * feature.
 */
public interface ChangeEntry {

    Instant occurredAt();

    String actor();

    /** What kind of record changed, e.g. {@code head_tenure}. */
    String entityType();

    /** What was done, e.g. {@code UPDATE}. */
    String action();

    String field();

    String oldValue();

    String newValue();
}

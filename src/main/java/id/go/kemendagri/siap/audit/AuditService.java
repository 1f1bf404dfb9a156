package id.go.kemendagri.siap.audit;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.domain.AuditRecord;
import id.go.kemendagri.siap.audit.domain.AuditRecordRepository;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.RegionChange;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

    /** Longest stored value; longer ones are cut with an ellipsis (the entity keeps the full one). */
    static final int MAX_VALUE_LENGTH = 1000;
    private static final String SYSTEM = "system";

    private final AuditRecordRepository records;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /**
     * Records the changes in the caller's transaction: if the change rolls back, so does its history.
     * The actor is whoever is signed in, or {@code system} for start-up work.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, String regionCode, String action,
            List<FieldChange> changes) {
        var now = clock.instant();
        var actor = currentActor();
        for (var change : changes) {
            records.save(new AuditRecord(now, actor, entityType, entityId, regionCode, action, change.field(),
                    cut(change.oldValue()), cut(change.newValue())));
        }
    }

    /**
     * A change to a region's record, kept as every such change is: its fields recorded as by {@link #record} (under the
     * change's region), then the change published in the same transaction, so that the open screens and the other
     * nodes hear of it once it commits and never of a change that rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAndAnnounce(String entityType, String entityId, String action, List<FieldChange> changes,
            RegionChange change) {
        record(entityType, entityId, change.regionCode(), action, changes);
        events.publishEvent(change);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId, int limit) {
        return records.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId,
                PageRequest.of(0, limit)).stream().map(AuditService::toEntry).toList();
    }

    /**
     * The latest changes matching a query, newest first. No access check here: the caller (a feature's
     * service) decides what the user may see and says so in the query.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, Pageable page) {
        return records.search(query.entityType(), query.provinceCode(), prefix(query.provinceCode()), query.regionOnly(),
                hidden(query), Pages.in(page, Sort.unsorted())).stream().map(AuditService::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return records.countSearch(query.entityType(), query.provinceCode(), prefix(query.provinceCode()),
                query.regionOnly(), hidden(query));
    }

    /**
     * A page of saves matching a query, newest first: the rows one call of {@link #record} wrote together
     * (same moment, actor, record and action), each save's rows in the order they were recorded. Paged by
     * save, so a save is never split across pages. Three statements at most.
     */
    @Transactional(readOnly = true)
    public List<List<AuditEntry>> searchSaves(AuditQuery query, Pageable page) {
        var keys = records.searchSaves(query.entityType(), query.provinceCode(), prefix(query.provinceCode()),
                query.regionOnly(), hidden(query), Pages.in(page, Sort.unsorted()));
        if (keys.isEmpty()) {
            return List.of();
        }
        var groups = new java.util.LinkedHashMap<List<Object>, java.util.List<AuditEntry>>();
        for (var key : keys) {
            groups.put(List.of(key[0], key[1], key[2], key[3], key[4]), new java.util.ArrayList<>());
        }
        var newest = (java.time.Instant) keys.getFirst()[0];
        var oldest = (java.time.Instant) keys.getLast()[0];
        for (var r : records.searchBetween(query.entityType(), query.provinceCode(), prefix(query.provinceCode()),
                query.regionOnly(), hidden(query), oldest, newest)) {
            var group = groups.get(List.of(r.getOccurredAt(), r.getActor(), r.getEntityType(), r.getEntityId(),
                    r.getAction()));
            if (group != null) {
                group.add(toEntry(r));
            }
        }
        return groups.values().stream().map(List::copyOf).toList();
    }

    /** How many saves match a query (see {@link #searchSaves}). */
    @Transactional(readOnly = true)
    public long countSaves(AuditQuery query) {
        return records.countSaves(query.entityType(), query.provinceCode(), prefix(query.provinceCode()),
                query.regionOnly(), hidden(query));
    }

    /** The kinds of thing that have a history, e.g. {@code desk-contact}, {@code followup}. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return records.findEntityTypes();
    }

    private static String prefix(String province) {
        return province == null ? null : province + ".%";
    }

    private static java.util.Set<String> hidden(AuditQuery query) {
        // "in ()" is not valid SQL: an impossible type stands in for "none hidden".
        return query.hiddenTypes().isEmpty() ? java.util.Set.of("-") : query.hiddenTypes();
    }

    /** What changed in one region across the given kinds of record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> regionHistory(String regionCode, java.util.Collection<String> entityTypes, int limit) {
        return records.findByRegionCodeAndEntityTypeInOrderByOccurredAtDescIdDesc(regionCode, entityTypes,
                PageRequest.of(0, limit)).stream().map(AuditService::toEntry).toList();
    }

    private static AuditEntry toEntry(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getEntityType(), r.getEntityId(),
                r.getRegionCode(), r.getAction(), r.getField(), r.getOldValue(), r.getNewValue());
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }

    private static String cut(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}

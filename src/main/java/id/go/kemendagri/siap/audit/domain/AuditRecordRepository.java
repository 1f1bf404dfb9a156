package id.go.kemendagri.siap.audit.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, String entityId,
            Pageable pageable);

    /** A region's history across several kinds of record, newest first (index ix_audit_region). */
    List<AuditRecord> findByRegionCodeAndEntityTypeInOrderByOccurredAtDescIdDesc(String regionCode,
            Collection<String> entityTypes, Pageable pageable);

    long countByEntityTypeAndEntityId(String entityType, String entityId);

    String SEARCH = """
            from AuditRecord a
            where (:entityType is null or a.entityType = :entityType)
              and (:province is null or a.regionCode = :province or a.regionCode like :provincePrefix)
              and (:regionOnly = false or a.regionCode is not null)
              and a.entityType not in :hiddenTypes
            """;

    @org.springframework.data.jpa.repository.Query("select a " + SEARCH + " order by a.occurredAt desc, a.id desc")
    List<AuditRecord> search(String entityType, String province, String provincePrefix, boolean regionOnly,
            java.util.Collection<String> hiddenTypes, Pageable pageable);

    @org.springframework.data.jpa.repository.Query("select count(a) " + SEARCH)
    long countSearch(String entityType, String province, String provincePrefix, boolean regionOnly,
            java.util.Collection<String> hiddenTypes);

    /** One save is the rows recorded together: same moment, actor, record and action. */
    String SAVE = "a.occurredAt, a.actor, a.entityType, a.entityId, a.action";

    /**
     * A page of saves, newest first: {@code [occurredAt, actor, entityType, entityId, action, max id]}. Ordered by
     * the grouped columns only (index {@code ix_audit_save} read backwards): ordering by an aggregate would sort
     * every save of the trail before taking a page.
     */
    @org.springframework.data.jpa.repository.Query("select " + SAVE + ", max(a.id) " + SEARCH + " group by " + SAVE
            + " order by a.occurredAt desc, a.actor desc, a.entityType desc, a.entityId desc, a.action desc")
    List<Object[]> searchSaves(String entityType, String province, String provincePrefix, boolean regionOnly,
            java.util.Collection<String> hiddenTypes, Pageable pageable);

    @org.springframework.data.jpa.repository.Query("select count(*) from (select max(a.id) as last " + SEARCH
            + " group by " + SAVE + ") s")
    long countSaves(String entityType, String province, String provincePrefix, boolean regionOnly,
            java.util.Collection<String> hiddenTypes);

    /** The rows of the search recorded between two moments (both included), newest first. */
    @org.springframework.data.jpa.repository.Query("select a " + SEARCH
            + " and a.occurredAt between :from and :to order by a.occurredAt desc, a.id asc")
    List<AuditRecord> searchBetween(String entityType, String province, String provincePrefix, boolean regionOnly,
            java.util.Collection<String> hiddenTypes, java.time.Instant from, java.time.Instant to);

    @org.springframework.data.jpa.repository.Query("select distinct a.entityType from AuditRecord a order by a.entityType")
    List<String> findEntityTypes();
}

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
}

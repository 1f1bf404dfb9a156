package id.go.kemendagri.siap.audit.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, String entityId,
            Pageable pageable);

    long countByEntityTypeAndEntityId(String entityType, String entityId);
}

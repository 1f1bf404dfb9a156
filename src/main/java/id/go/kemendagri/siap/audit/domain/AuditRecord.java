package id.go.kemendagri.siap.audit.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.LogEntry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

@Entity
@Table(name = "audit_record")
@Getter
public class AuditRecord extends LogEntry {

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 60)
    private String entityId;

    @Column(name = "region_code", length = 13)
    private String regionCode;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    protected AuditRecord() {
    }

    public AuditRecord(Instant occurredAt, String actor, String entityType, String entityId, String regionCode,
            String action, String field, String oldValue, String newValue) {
        super(occurredAt);
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.regionCode = regionCode;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }
}

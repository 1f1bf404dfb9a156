package id.go.kemendagri.siap.audit.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.LogEntry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

@Entity
@Table(name = "audit_record")
@Getter
public class AuditRecord extends LogEntry {

    private String actor;

    private String entityType;

    private String entityId;

    private String regionCode;

    private String action;

    private String field;

    private String oldValue;

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

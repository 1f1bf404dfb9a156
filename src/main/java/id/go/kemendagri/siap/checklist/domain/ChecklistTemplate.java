package id.go.kemendagri.siap.checklist.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One version of a cycle's checklist template: a draft until published, then fixed. */
@Entity
@Table(name = "checklist_template")
@Getter
public class ChecklistTemplate extends VersionedRecord {

    private long cycleId;

    private int versionNo;

    private boolean published;

    private Instant publishedAt;

    private String publishedBy;

    private Instant createdAt;

    private String createdBy;

    protected ChecklistTemplate() {
    }

    public ChecklistTemplate(long cycleId, int versionNo, Instant createdAt, String createdBy) {
        this.cycleId = cycleId;
        this.versionNo = versionNo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void publish(Instant at, String by) {
        published = true;
        publishedAt = at;
        publishedBy = by;
    }
}

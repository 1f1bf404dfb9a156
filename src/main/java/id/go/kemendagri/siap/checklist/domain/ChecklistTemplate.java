package id.go.kemendagri.siap.checklist.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One version of a cycle's checklist template: a draft until published, then fixed. */
@Entity
@Table(name = "checklist_template")
@Getter
public class ChecklistTemplate extends VersionedRecord {

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
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

package id.go.kemendagri.siap.checklist.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.CreatedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One version of a cycle's checklist template: a draft until published, then fixed. */
@Entity
@Table(name = "checklist_template")
@Getter
public class ChecklistTemplate extends CreatedRecord {

    private long cycleId;

    private int versionNo;

    private boolean published;

    private Instant publishedAt;

    private String publishedBy;

    protected ChecklistTemplate() {
    }

    /** Created when and by whom is stamped by the auditing listener when the version is first flushed. */
    public ChecklistTemplate(long cycleId, int versionNo) {
        this.cycleId = cycleId;
        this.versionNo = versionNo;
    }

    public void publish(Instant at, String by) {
        published = true;
        publishedAt = at;
        publishedBy = by;
    }
}

package id.go.kemendagri.siap.followup.domain;

import id.go.kemendagri.siap.base.RegionOwnedRecord;
import id.go.kemendagri.siap.base.StoredFile;

import java.time.Instant;
import java.time.LocalDate;

import lombok.Getter;
import org.hibernate.annotations.EmbeddedColumnNaming;

import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What one region is to do after a meeting, by when, and how far it got. */
@Entity
@Table(name = "followup_item")
@Getter
public class FollowUpItem extends RegionOwnedRecord {

    private long meetingId;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_unit", nullable = false, length = 20)
    private ResponsibleUnit unit;

    @Column(name = "responsible_other", length = 100)
    private String unitOther;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.BARU;

    private String note = "";

    private String evidenceLink;

    @Embedded
    @EmbeddedColumnNaming("evidence_%s")
    private StoredFile evidenceFile;

    private Instant closedAt;

    private String closedBy;

    protected FollowUpItem() {
    }

    public FollowUpItem(long meetingId, String regionCode, String provinceCode, String description,
            ResponsibleUnit unit, String unitOther, LocalDate deadline, boolean demo) {
        super(regionCode, provinceCode);
        this.meetingId = meetingId;
        this.description = description;
        this.unit = unit;
        this.unitOther = unitOther;
        this.deadline = deadline;
        markDemo(demo);
    }

    public void progress(FollowUpStatus status, String note, String evidenceLink) {
        this.status = status;
        this.note = note;
        this.evidenceLink = evidenceLink;
    }

    public void attachEvidence(StoredFile file) {
        this.evidenceFile = file;
    }

    public void close(Instant at, String by) {
        this.status = FollowUpStatus.SELESAI;
        this.closedAt = at;
        this.closedBy = by;
    }

    public void reopen() {
        this.status = FollowUpStatus.PROSES;
        this.closedAt = null;
        this.closedBy = null;
    }
}

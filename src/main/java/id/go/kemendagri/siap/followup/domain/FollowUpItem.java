package id.go.kemendagri.siap.followup.domain;

import id.go.kemendagri.siap.base.Stamped;

import java.time.Instant;
import java.time.LocalDate;

import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one region is to do after a meeting, by when, and how far it got. */
@Entity
@Table(name = "followup_item")
public class FollowUpItem extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_unit", nullable = false, length = 20)
    private ResponsibleUnit unit;

    @Column(name = "responsible_other", length = 100)
    private String unitOther;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FollowUpStatus status = FollowUpStatus.BARU;

    @Column(nullable = false, length = 1000)
    private String note = "";

    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;

    @Column(name = "evidence_name", length = 130)
    private String evidenceName;

    @Column(name = "evidence_type", length = 40)
    private String evidenceType;

    @Column(name = "evidence_size")
    private Long evidenceSize;

    @Column(name = "evidence_sha256", length = 64)
    private String evidenceSha256;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    protected FollowUpItem() {
    }

    public FollowUpItem(long meetingId, String regionCode, String provinceCode, String description,
            ResponsibleUnit unit, String unitOther, LocalDate deadline, boolean demo, Instant at, String by) {
        this.meetingId = meetingId;
        this.regionCode = regionCode;
        this.provinceCode = provinceCode;
        this.description = description;
        this.unit = unit;
        this.unitOther = unitOther;
        this.deadline = deadline;
        touched(demo, at, by);
    }

    public void progress(FollowUpStatus status, String note, String evidenceLink) {
        this.status = status;
        this.note = note;
        this.evidenceLink = evidenceLink;
    }

    public void attachEvidence(String name, String type, long size, String sha256) {
        this.evidenceName = name;
        this.evidenceType = type;
        this.evidenceSize = size;
        this.evidenceSha256 = sha256;
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

    public void touch(Instant at, String by) {
        touched(isDemo(), at, by);
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getDescription() {
        return description;
    }

    public ResponsibleUnit getUnit() {
        return unit;
    }

    public String getUnitOther() {
        return unitOther;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    public Long getEvidenceSize() {
        return evidenceSize;
    }

    public String getEvidenceSha256() {
        return evidenceSha256;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}

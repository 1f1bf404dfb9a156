package id.go.kemendagri.siap.checklist.domain;

import id.go.kemendagri.siap.base.RegionRecord;
import id.go.kemendagri.siap.base.StoredFile;

import java.time.Instant;
import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.Getter;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.checklist.EvidenceKind;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Verification;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One item of one region's checklist in a cycle. It follows the template item with the same code in
 * the latest published version; an item dropped from the template is retired, never deleted, so its
 * answer survives.
 */
@Entity
@Table(name = "checklist_item")
@Getter
public class ChecklistItem extends RegionRecord {

    @Getter(AccessLevel.NONE)
    private String regionLevel;

    private String itemCode;

    private long templateItemId;

    private boolean retired;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ItemStatus status;

    private String note;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EvidenceKind evidenceKind;

    private String evidenceLink;

    /** The uploaded file; null unless {@link #evidenceKind} is FILE. */
    @Embedded
    @EmbeddedColumnNaming("evidence_%s")
    private StoredFile evidenceFile;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Verification verification;

    private boolean changedSinceVerification;

    private String returnReason;

    private Instant submittedAt;

    private Instant verifiedAt;

    private String verifiedBy;

    /** The day the item was last marked SELESAI, for "done on time / late". */
    private LocalDate completedOn;

    /**
     * When anything the readiness figures count last changed (the region's answer or the evaluator's
     * verdict), for the read API's incremental sync; verification does not move {@code updatedAt}.
     */
    private Instant changedAt;

    /** What the item's source says (derived items); null: the source is silent and the item is answered by hand. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ItemStatus sourceStatus;

    private String sourceTextId;

    private String sourceTextEn;

    private String sourceLink;

    protected ChecklistItem() {
    }

    /** The region's answer: a real save, so the item is no longer demo data; the listener stamps who and when. */
    public void report(ItemStatus newStatus, String newNote, LocalDate today, Instant at) {
        if (newStatus == ItemStatus.SELESAI && status != ItemStatus.SELESAI) {
            completedOn = today;
        } else if (newStatus != ItemStatus.SELESAI) {
            completedOn = null;
        }
        status = newStatus;
        note = newNote;
        changedAt = at;
        markDemo(false);
    }

    /**
     * Keeps a derived item in step with its source: the status the source gives (SELESAI completed on the source's
     * date), the source in words and a link to it; {@code newStatus} null lets the item go back to answers by hand,
     * keeping its status. A change by the source is not a region's answer: the demo flag stays. The caller flushes a
     * status change in a {@code Stamps} scope of {@code system}, and other changes in {@code Stamps.keeping}.
     */
    public void derive(ItemStatus newStatus, LocalDate on, String textId, String textEn, String link, Instant at) {
        sourceStatus = newStatus;
        sourceTextId = textId;
        sourceTextEn = textEn;
        sourceLink = link;
        if (newStatus != null && newStatus != status) {
            completedOn = newStatus == ItemStatus.SELESAI ? on : null;
            status = newStatus;
            changedAt = at;
        }
    }

    public void linkEvidence(String link) {
        evidenceKind = link == null ? EvidenceKind.NONE : EvidenceKind.LINK;
        evidenceLink = link;
        evidenceFile = null;
    }

    /** A file in the shared file store, which keeps it under its SHA-256. */
    public void fileEvidence(StoredFile file) {
        evidenceKind = EvidenceKind.FILE;
        evidenceLink = null;
        evidenceFile = file;
    }

    /**
     * After the region changed the item: closed items wait for an evaluator; a change to a verified item
     * is flagged. A returned item stays returned until the region closes it again.
     */
    public void resubmit(Instant at) {
        changedAt = at;
        if (verification == Verification.VERIFIED) {
            changedSinceVerification = true;
        }
        if (status.closes()) {
            if (verification != Verification.WAITING) {
                submittedAt = at;
            }
            verification = Verification.WAITING;
        } else if (verification != Verification.RETURNED) {
            verification = Verification.NONE;
            submittedAt = null;
        }
    }

    public void verify(Instant at, String by) {
        changedAt = at;
        verification = Verification.VERIFIED;
        verifiedAt = at;
        verifiedBy = by;
        changedSinceVerification = false;
        returnReason = null;
    }

    public void giveBack(String reason, Instant at, String by) {
        changedAt = at;
        verification = Verification.RETURNED;
        returnReason = reason;
        verifiedAt = at;
        verifiedBy = by;
    }
}

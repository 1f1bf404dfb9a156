package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.leadership.Echelon;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.base.StampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One person's time at the head of one region. {@code activeRegionCode} mirrors the region while the
 * tenure is active so that a unique constraint keeps one active tenure per region.
 */
@Entity
@Table(name = "head_tenure")
@Getter
public class HeadTenure extends StampedRecord {

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Getter(AccessLevel.NONE)
    @Column(name = "active_region_code", length = 13)
    private String activeRegionCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private HeadStatus status;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Column(length = 18)
    private String nip;

    @Column(name = "origin_position", length = 150)
    private String originPosition;

    @Column(name = "origin_institution", length = 150)
    private String originInstitution;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 12)
    private Echelon echelon;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_basis", length = 12)
    private LegalBasis legalBasis;

    @Column(name = "decree_number", length = 100)
    private String decreeNumber;

    @Column(name = "sworn_in_on", nullable = false)
    private LocalDate swornInOn;

    @Column(name = "term_started_on", nullable = false)
    private LocalDate termStartedOn;

    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Column(name = "extension_count", nullable = false)
    private int extensionCount;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "last_category", length = 10)
    private EvaluationCategory lastCategory;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "last_band", length = 10)
    private NeutralityBand lastBand;

    @Column(name = "leave_starts_on")
    private LocalDate leaveStartsOn;

    @Column(name = "leave_ends_on")
    private LocalDate leaveEndsOn;

    @Column(name = "leave_pjs_name", length = 120)
    private String leavePjsName;

    @Column(name = "leave_pjs_nip", length = 18)
    private String leavePjsNip;

    @Column(name = "leave_pjs_origin", length = 150)
    private String leavePjsOrigin;

    @Column(name = "leave_decree_number", length = 100)
    private String leaveDecreeNumber;

    /** The day the Kepmendagri designating the Pjs was issued (V95; null for a leave recorded before). */
    @Column(name = "leave_decree_date")
    private LocalDate leaveDecreeDate;

    protected HeadTenure() {
    }

    public HeadTenure(String regionCode, HeadStatus status, String personName, LocalDate swornInOn) {
        this.regionCode = regionCode;
        this.activeRegionCode = regionCode;
        this.status = status;
        this.personName = personName;
        this.swornInOn = swornInOn;
        this.termStartedOn = swornInOn;
    }

    public void describe(String nip, String originPosition, String originInstitution, Echelon echelon,
            LegalBasis legalBasis, String decreeNumber, LocalDate termEndsOn) {
        this.nip = nip;
        this.originPosition = originPosition;
        this.originInstitution = originInstitution;
        this.echelon = echelon;
        this.legalBasis = legalBasis;
        this.decreeNumber = decreeNumber;
        this.termEndsOn = termEndsOn;
    }

    public void rename(String personName) {
        this.personName = personName;
    }

    public void extend(LocalDate newTermStart, LocalDate newTermEnd, String decreeNumber) {
        this.termStartedOn = newTermStart;
        this.termEndsOn = newTermEnd;
        this.decreeNumber = decreeNumber;
        this.extensionCount++;
    }

    public void end(LocalDate endedOn, EndReason reason) {
        this.endedOn = endedOn;
        this.endReason = reason;
        this.activeRegionCode = null;
    }

    /** The head goes on campaign leave from {@code startsOn} to {@code endsOn}; the Pjs acts meanwhile. */
    public void campaignLeave(LocalDate startsOn, LocalDate endsOn, String pjsName, String pjsNip, String pjsOrigin,
            String decreeNumber) {
        this.leaveStartsOn = startsOn;
        this.leaveEndsOn = endsOn;
        this.leavePjsName = pjsName;
        this.leavePjsNip = pjsNip;
        this.leavePjsOrigin = pjsOrigin;
        this.leaveDecreeNumber = decreeNumber;
    }

    /** The day the Minister's decree designating the Pjs was issued. */
    public void leaveDecreedOn(LocalDate decreeDate) {
        this.leaveDecreeDate = decreeDate;
    }

    public void cancelCampaignLeave() {
        campaignLeave(null, null, null, null, null, null);
        leaveDecreedOn(null);
    }

    public void evaluated(EvaluationCategory category, NeutralityBand band) {
        this.lastCategory = category;
        this.lastBand = band;
    }

    public boolean isActive() {
        return activeRegionCode != null;
    }
}

package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.Getter;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.leadership.CampaignLeave;
import id.go.kemendagri.siap.leadership.Echelon;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.base.StampedRecord;
import jakarta.persistence.Embedded;
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

    private String regionCode;

    @Getter(AccessLevel.NONE)
    private String activeRegionCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private HeadStatus status;

    private String personName;

    private String nip;

    private String originPosition;

    private String originInstitution;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Echelon echelon;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LegalBasis legalBasis;

    private String decreeNumber;

    private LocalDate swornInOn;

    private LocalDate termStartedOn;

    private LocalDate termEndsOn;

    private int extensionCount;

    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EndReason endReason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EvaluationCategory lastCategory;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NeutralityBand lastBand;

    /** The elected head's campaign leave, or null (the decree date is null for a leave recorded before V95). */
    @Embedded
    @EmbeddedColumnNaming("leave_%s")
    private CampaignLeave campaignLeave;

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

    /** The head goes on campaign leave (or corrects it); the Pjs acts meanwhile. */
    public void campaignLeave(CampaignLeave leave) {
        this.campaignLeave = leave;
    }

    public void cancelCampaignLeave() {
        this.campaignLeave = null;
    }

    public void evaluated(EvaluationCategory category, NeutralityBand band) {
        this.lastCategory = category;
        this.lastBand = band;
    }

    public boolean isActive() {
        return activeRegionCode != null;
    }
}

package id.go.kemendagri.siap.budget.domain;

import id.go.kemendagri.siap.base.RegionRecord;

import java.time.Instant;
import java.time.LocalDate;

import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TranchePlan;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A region's grant agreement (NPHD) with one recipient in one election cycle. The tranche amounts and due
 * dates are worked out by the service when the agreement changes and stored, so that grids filter on
 * lateness in the database; {@code disbursed} is the sum of the transfers, kept in step by the service.
 */
@Entity
@Table(name = "nphd_grant")
@Getter
public class NphdGrant extends RegionRecord {

    private String regionName;

    private String provinceName;

    @Enumerated(EnumType.STRING)
    private Recipient recipient;

    @Enumerated(EnumType.STRING)
    private SigningStage stage = SigningStage.NOT_PROPOSED;

    @Enumerated(EnumType.STRING)
    private Scheme scheme = Scheme.TRANCHES;

    @Column(name = "proposed_amount")
    private Long proposed;

    @Column(name = "agreed_amount")
    private Long agreed;

    private String nphdNumber;

    private LocalDate signedOn;

    private int earlierYearPercent = 40;

    /** Null when its columns are (a grant not signed): {@link #getPlan()} reads it as NONE. */
    @Embedded
    @Getter(AccessLevel.NONE)
    private TranchePlan plan;

    /** Set: the region needs no such grant this cycle (TNI or Polri only), for this reason. */
    private String notApplicableReason;

    @Column(name = "disbursed_amount", nullable = false)
    private long disbursed;

    /** When the row was created or last changed in any way (names included), for the read API's sync. */
    private Instant changedAt;

    protected NphdGrant() {
    }

    public NphdGrant(long cycleId, String regionCode, String provinceCode, String regionName, String provinceName,
            Recipient recipient, Instant createdAt) {
        super(cycleId, regionCode, provinceCode);
        this.changedAt = createdAt;
        this.regionName = regionName;
        this.provinceName = provinceName;
        this.recipient = recipient;
    }

    /** Keeps the copied names in step with the official ones; true when something changed. */
    public boolean rename(String regionName, String provinceName, Instant at) {
        if (this.regionName.equals(regionName) && this.provinceName.equals(provinceName)) {
            return false;
        }
        this.changedAt = at;
        this.regionName = regionName;
        this.provinceName = provinceName;
        return true;
    }

    /** The agreement's terms, with the tranches worked out from them: the two change together. */
    public void agree(SigningStage stage, Scheme scheme, Long proposed, Long agreed, String nphdNumber,
            LocalDate signedOn, int earlierYearPercent, TranchePlan plan) {
        this.stage = stage;
        this.scheme = scheme;
        this.proposed = proposed;
        this.agreed = agreed;
        this.nphdNumber = nphdNumber;
        this.signedOn = signedOn;
        this.earlierYearPercent = earlierYearPercent;
        this.plan = plan;
    }

    /** The tranches worked out when the agreement last changed; {@link TranchePlan#NONE} while not signed. */
    public TranchePlan getPlan() {
        return plan == null ? TranchePlan.NONE : plan;
    }

    /** Marks the grant not applicable for a reason, or (null) applicable again. */
    public void notApplicable(String reason) {
        this.notApplicableReason = reason;
    }

    public boolean isNotApplicable() {
        return notApplicableReason != null;
    }

    public void disbursed(long total) {
        this.disbursed = total;
    }

    /** A change by a person or the demo: moves the sync time and sets the demo flag; the listener stamps the row. */
    public void touch(Instant at, boolean demo) {
        this.changedAt = at;
        markDemo(demo);
    }
}

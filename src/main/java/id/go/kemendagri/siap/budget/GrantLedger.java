package id.go.kemendagri.siap.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;
import id.go.kemendagri.siap.budget.domain.NphdTransferRepository;
import id.go.kemendagri.siap.region.CurrentCycle;
import id.go.kemendagri.siap.region.PilkadaRegions;

/**
 * The one place where a grant's figures change and transfers are booked, for the forms, the import and
 * the demo data alike: it re-plans the tranches, keeps the disbursed total and writes the audit trail.
 * Callers check access and the rules first, in their transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GrantLedger {

    static final String AUDIT_ENTITY = "nphd-grant";

    private final NphdTransferRepository transfers;
    private final TranchePlanner planner;
    private final PilkadaRegions regions;
    private final BudgetProperties properties;
    private final AuditService audit;
    private final Clock clock;
    private volatile CurrentCycle cycle;

    LocalDate today() {
        return Formats.today(clock);
    }

    /** The current cycle changes only with a migration and a restart, so it is read once. */
    CurrentCycle cycle() {
        var current = cycle;
        if (current == null) {
            current = regions.currentCycle();
            cycle = current;
        }
        return current;
    }

    static String auditId(NphdGrant grant) {
        return grant.getRegionCode() + "/" + grant.getRecipient();
    }

    GrantRules.GrantContext context(NphdGrant grant, List<NphdTransfer> booked, LocalDate voteDate) {
        return new GrantRules.GrantContext(grant.getDisbursed(), !booked.isEmpty(),
                booked.stream().anyMatch(t -> t.getTranche() == 2), today(), voteDate, properties.maxAmount());
    }

    GrantRules.TransferContext context(NphdGrant grant, boolean referenceUsed) {
        return new GrantRules.TransferContext(grant.getStage(), grant.getScheme(), grant.getAgreed(),
                grant.getDisbursed(), grant.getSignedOn(), referenceUsed, today(), properties.maxAmount());
    }

    /** Applies a checked draft; returns false (and writes nothing) when every value is unchanged. */
    boolean apply(NphdGrant grant, GrantDraft draft, LocalDate voteDate, boolean demo) {
        var number = GrantRules.trim(draft.nphdNumber());
        var nphdNumber = number.isEmpty() ? null : number;
        var changes = new FieldChange.Collector()
                .compare("stage", grant.getStage(), draft.stage())
                .compare("scheme", grant.getScheme(), draft.scheme())
                .compare("proposed", grant.getProposed(), draft.proposed())
                .compare("agreed", grant.getAgreed(), draft.agreed())
                .compare("nphdNumber", grant.getNphdNumber(), nphdNumber)
                .compare("signedOn", grant.getSignedOn(), draft.signedOn())
                .compare("earlierYearPercent", grant.getEarlierYearPercent(), draft.earlierYearPercent())
                .changes();
        if (changes.isEmpty()) {
            return false;
        }
        grant.agree(draft.stage(), draft.scheme(), draft.proposed(), draft.agreed(), nphdNumber, draft.signedOn(),
                draft.earlierYearPercent(),
                planner.plan(draft.stage(), draft.scheme(), draft.agreed(), draft.signedOn(), voteDate));
        grant.touch(clock.instant(), demo);
        audit.record(AUDIT_ENTITY, auditId(grant), grant.getRegionCode(), "UPDATE", changes);
        return true;
    }

    /** Marks a checked grant not applicable for a reason, or (null) applicable again; audited as the reason. */
    void notApplicable(NphdGrant grant, String reason) {
        var changes = new FieldChange.Collector().compare("notApplicable", grant.getNotApplicableReason(), reason)
                .changes();
        grant.notApplicable(reason);
        grant.touch(clock.instant(), false);
        audit.record(AUDIT_ENTITY, auditId(grant), grant.getRegionCode(), "UPDATE", changes);
    }

    /** Books a checked transfer and raises the grant's disbursed total. */
    NphdTransfer book(NphdGrant grant, TransferDraft draft, String actor, boolean demo) {
        var transfer = transfers.save(new NphdTransfer(grant.getId(), draft.tranche(), draft.date(), draft.amount(),
                GrantRules.trim(draft.reference()), demo, clock.instant(), actor));
        grant.disbursed(grant.getDisbursed() + draft.amount());
        grant.touch(clock.instant(), demo && grant.isDemo());
        audit.record(AUDIT_ENTITY, auditId(grant), grant.getRegionCode(), "TRANSFER",
                List.of(new FieldChange("transfer", null, describe(transfer))));
        return transfer;
    }

    void cancel(NphdGrant grant, NphdTransfer transfer) {
        transfers.delete(transfer);
        grant.disbursed(grant.getDisbursed() - transfer.getAmount());
        grant.touch(clock.instant(), false);
        audit.record(AUDIT_ENTITY, auditId(grant), grant.getRegionCode(), "TRANSFER_REMOVED",
                List.of(new FieldChange("transfer", describe(transfer), null)));
    }

    GrantDetails details(NphdGrant grant, List<NphdTransfer> booked) {
        var today = today();
        var tranches = planner.statuses(grant, booked, today);
        var late = tranches.stream().anyMatch(TrancheStatus::late);
        var band = grant.getStage() == SigningStage.SIGNED ? Band.of(grant.getDisbursed(), grant.getAgreed()) : null;
        var transferDetails = booked.stream().map(t -> new TransferDetails(t.getId(), t.getTranche(), t.getDate(),
                t.getAmount(), t.getReference(), t.isDemo(), t.getCreatedAt(), t.getCreatedBy())).toList();
        return new GrantDetails(grant.getId(), grant.getRegionCode(), grant.getRecipient(), grant.getStage(),
                grant.getScheme(), grant.getProposed(), grant.getAgreed(), grant.getNphdNumber(), grant.getSignedOn(),
                grant.getEarlierYearPercent(), grant.getDisbursed(), band, late, tranches, transferDetails,
                grant.isDemo(), grant.getUpdatedAt(), grant.getUpdatedBy(), grant.getVersion(),
                grant.getNotApplicableReason());
    }

    private static String describe(NphdTransfer t) {
        return "T" + t.getTranche() + " " + t.getDate() + " " + t.getAmount() + " " + t.getReference();
    }
}

package id.go.kemendagri.siap.budget;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;
import id.go.kemendagri.siap.budget.domain.NphdTransferRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * A region's four grants: read them with their tranches and transfers, change their figures, book and
 * cancel transfers. Every write checks the user's right to write the region, the rules and the version
 * the form was loaded with, is audited in the same transaction and is announced after commit.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetService {

    private final NphdGrantRepository grants;
    private final NphdTransferRepository transfers;
    private final GrantLedger ledger;
    private final RegionAccess access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final BudgetProperties rules;

    /** The figures of the tranche rule for the texts that state it ({@link BudgetProperties#ruleArguments}). */
    public Object[] ruleArguments() {
        return rules.ruleArguments();
    }

    /** The region's grants in recipient order; empty when it holds no Pilkada in the current cycle. Two queries. */
    @Transactional(readOnly = true)
    public List<GrantDetails> forRegion(String regionCode) {
        access.requireRead(regionCode);
        var regionGrants = grants.findByCycleIdAndRegionCodeOrderById(ledger.cycle().id(), regionCode);
        if (regionGrants.isEmpty()) {
            return List.of();
        }
        var booked = transfers.findByGrantIdInOrderByDateAscIdAsc(regionGrants.stream().map(NphdGrant::getId).toList())
                .stream().collect(Collectors.groupingBy(NphdTransfer::getGrantId));
        return regionGrants.stream().sorted(Comparator.comparing(NphdGrant::getRecipient))
                .map(g -> ledger.details(g, booked.getOrDefault(g.getId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public GrantDetails find(String regionCode, Recipient recipient) {
        access.requireRead(regionCode);
        var grant = load(regionCode, recipient);
        return ledger.details(grant, booked(grant));
    }

    public boolean canWrite(String regionCode) {
        return access.canWrite(regionCode);
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException when the user may not write the region
     * @throws InvalidInputException when a figure breaks a rule; nothing is stored
     * @throws StaleDataException    when someone saved in between; carries the current grant
     */
    @Transactional
    public GrantDetails save(String regionCode, Recipient recipient, GrantDraft draft) {
        var grant = loadForWrite(regionCode, recipient, draft.version());
        var booked = booked(grant);
        var voteDate = ledger.cycle().voteDate();
        var errors = GrantRules.check(draft, ledger.context(grant, booked, voteDate));
        if (grant.isNotApplicable()) {
            errors.put("stage", "budget.error.not-applicable.active");
        }
        InvalidInputException.throwIfAny(errors);
        if (ledger.apply(grant, draft, voteDate, false)) {
            changed(grant);
        }
        return ledger.details(grant, booked);
    }

    /**
     * Marks a TNI or Polri grant "not applicable" for a reason ({@link GrantRules#checkNotApplicable}): it then
     * counts neither as signed nor as missing in the recap, the boards and the API.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not write the region
     * @throws InvalidInputException when the recipient, the reason or the grant's state does not allow it
     * @throws StaleDataException    when someone saved in between
     */
    @Transactional
    public GrantDetails markNotApplicable(String regionCode, Recipient recipient, String reason, long version) {
        var grant = loadForWrite(regionCode, recipient, version);
        var booked = booked(grant);
        var errors = GrantRules.checkNotApplicable(recipient, reason, grant.getStage(), !booked.isEmpty());
        InvalidInputException.throwIfAny(errors);
        return notApplicable(grant, GrantRules.trim(reason), booked);
    }

    /** Makes a grant marked not applicable count again (it is then missing until signed). */
    @Transactional
    public GrantDetails clearNotApplicable(String regionCode, Recipient recipient, long version) {
        var grant = loadForWrite(regionCode, recipient, version);
        var booked = booked(grant);
        return grant.isNotApplicable() ? notApplicable(grant, null, booked) : ledger.details(grant, booked);
    }

    private GrantDetails notApplicable(NphdGrant grant, String reason, List<NphdTransfer> booked) {
        ledger.notApplicable(grant, reason);
        changed(grant);
        return ledger.details(grant, booked);
    }

    @Transactional
    public GrantDetails addTransfer(String regionCode, Recipient recipient, TransferDraft draft) {
        var grant = loadForWrite(regionCode, recipient, draft.grantVersion());
        var booked = booked(grant);
        var reference = GrantRules.trim(draft.reference());
        var used = booked.stream().anyMatch(t -> t.getReference().equalsIgnoreCase(reference));
        var errors = GrantRules.check(draft, ledger.context(grant, used));
        InvalidInputException.throwIfAny(errors);
        ledger.book(grant, draft, access.currentUser().username(), false);
        changed(grant);
        return ledger.details(grant, booked(grant));
    }

    /** Cancels a transfer booked in error (it stays in the audit trail). */
    @Transactional
    public GrantDetails removeTransfer(String regionCode, Recipient recipient, long transferId, long grantVersion) {
        var grant = loadForWrite(regionCode, recipient, grantVersion);
        var transfer = transfers.findById(transferId).filter(t -> t.getGrantId() == grant.getId())
                .orElseThrow(() -> new NotFoundException("transfer " + transferId));
        ledger.cancel(grant, transfer);
        changed(grant);
        return ledger.details(grant, booked(grant));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String regionCode, Recipient recipient, int limit) {
        access.requireRead(regionCode);
        return audit.history(GrantLedger.AUDIT_ENTITY, regionCode + "/" + recipient, limit);
    }

    private NphdGrant load(String regionCode, Recipient recipient) {
        return grants.findByCycleIdAndRegionCodeAndRecipient(ledger.cycle().id(), regionCode, recipient)
                .orElseThrow(() -> new NotFoundException("grant " + regionCode + "/" + recipient));
    }

    /** The grant to change: the user may write the region, and nobody saved it since {@code version} was read. */
    private NphdGrant loadForWrite(String regionCode, Recipient recipient, long version) {
        access.requireWrite(regionCode);
        var grant = load(regionCode, recipient);
        StaleSaves.requireVersion(grant, version, g -> ledger.details(g, booked(g)));
        return grant;
    }

    private List<NphdTransfer> booked(NphdGrant grant) {
        return transfers.findByGrantIdOrderByDateAscIdAsc(grant.getId());
    }

    /** Stores a changed grant and announces the change (its listeners act after commit). */
    private void changed(NphdGrant grant) {
        // A clash with a commit made since the read (version or unique key): the database had the last word.
        StaleSaves.flushUnique(grants, grant);
        events.publishEvent(new BudgetChanged(grant.getRegionCode()));
    }
}

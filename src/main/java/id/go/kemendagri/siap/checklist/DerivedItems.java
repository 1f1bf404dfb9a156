package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.GrantFacts;
import id.go.kemendagri.siap.checklist.DerivedRules.Derived;
import id.go.kemendagri.siap.checklist.domain.ChecklistItem;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.leadership.HeadFacts;
import id.go.kemendagri.siap.leadership.HeadFacts.RegionHeads;
import id.go.kemendagri.siap.leadership.HeadTenureChanged;
import id.go.kemendagri.siap.leadership.PjEvaluationRecorded;
import id.go.kemendagri.siap.region.PilkadaRegions;

/**
 * Keeps the derived items (template items with a {@link DerivedSource}) in step with their source: after every
 * committed change of a region's grants or transfers ({@link BudgetChanged}), tenures ({@link HeadTenureChanged},
 * campaign leave included) or evaluations ({@link PjEvaluationRecorded}), and for every region at start
 * ({@link DerivedItemsStartup}). A status the source changes is stored on the item (so readiness, the recap and the
 * boards count it), completed on the source's day, audited in words ("Status diturunkan dari NPHD KPU:
 * ditandatangani 12 Jun 2024"), sent to the evaluators like a region's answer, and pushed live as a
 * {@link ChecklistItemChanged}. Recomputing is idempotent: an event relayed from another node finds nothing to do.
 */
@Service
public class DerivedItems {

    private static final Logger log = LoggerFactory.getLogger(DerivedItems.class);
    static final String AUDIT_ACTION = "DERIVED";

    private final ChecklistItemRepository items;
    private final PilkadaRegions regions;
    private final GrantFacts grants;
    private final HeadFacts heads;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separate;

    DerivedItems(ChecklistItemRepository items, PilkadaRegions regions, GrantFacts grants, HeadFacts heads,
            AuditService audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.items = items;
        this.regions = regions;
        this.grants = grants;
        this.heads = heads;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBudget(BudgetChanged change) {
        afterCommit(change.regionCode(), true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onTenure(HeadTenureChanged change) {
        afterCommit(change.regionCode(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onEvaluation(PjEvaluationRecorded change) {
        afterCommit(change.regionCode(), false);
    }

    /** In a transaction of its own; a failure is logged, never handed to the change that was already committed. */
    private void afterCommit(String regionCode, boolean budget) {
        try {
            separate.executeWithoutResult(status -> recompute(regionCode, budget, !budget));
        } catch (RuntimeException e) {
            log.warn("Derived checklist items of {} not recomputed (the next change or start does it)", regionCode, e);
        }
    }

    /** Recomputes the region's derived items from all their sources; returns how many items changed. */
    @Transactional
    public int recompute(String regionCode) {
        return recompute(regionCode, true, true);
    }

    private int recompute(String regionCode, boolean budget, boolean leadership) {
        var rows = items.findDerived(regions.currentCycle().id(), regionCode);
        if (rows.isEmpty()) {
            return 0;
        }
        var regionGrants = budget ? grants.ofRegion(regionCode) : List.<GrantDetails>of();
        var regionHeads = leadership ? heads.ofRegion(regionCode) : RegionHeads.NONE;
        return apply(rows, Map.of(regionCode, regionGrants), Map.of(regionCode, regionHeads), budget, leadership, true);
    }

    /**
     * After a template version is published (its sources added, moved or removed): items whose template item no
     * longer names a source are released (answered by hand from now on, their status kept, audited), and every
     * region's derived items follow their sources, each changed item announced. Returns how many items changed.
     */
    @Transactional
    public int applyTemplate() {
        var cycleId = regions.currentCycle().id();
        var now = clock.instant();
        var released = new ArrayList<ChecklistItem>();
        // Released items keep their status and their stamp.
        items.flush();
        Stamps.keeping(() -> {
            for (var item : items.findReleased(cycleId)) {
                if (follow(item, null, now)) {
                    released.add(item);
                }
            }
            if (!released.isEmpty()) {
                items.flush();
            }
        });
        if (!released.isEmpty()) {
            released.forEach(item -> events.publishEvent(new ChecklistItemChanged(item.getRegionCode(), item.getId(),
                    item.getVersion())));
        }
        var rows = items.findDerived(cycleId, null);
        return released.size() + (rows.isEmpty() ? 0
                : apply(rows, grants.ofAllRegions(), heads.ofAllRegions(), true, true, true));
    }

    /**
     * Every region's derived items from their sources (at start); a handful of statements plus the changed rows, and
     * no live event per item (no screen is open on this node yet).
     */
    @Transactional
    public int recomputeAll() {
        var rows = items.findDerived(regions.currentCycle().id(), null);
        if (rows.isEmpty()) {
            return 0;
        }
        return apply(rows, grants.ofAllRegions(), heads.ofAllRegions(), true, true, false);
    }

    /** What the source says now for one item of the demo (before it has any answer); null: the source is silent. */
    Derived derive(DerivedSource source, String regionCode, Map<String, List<GrantDetails>> allGrants,
            Map<String, RegionHeads> allHeads, LocalDate cycleStart) {
        return DerivedRules.derive(source, regionCode, allGrants.getOrDefault(regionCode, List.of()),
                allHeads.getOrDefault(regionCode, RegionHeads.NONE), cycleStart);
    }

    Map<String, List<GrantDetails>> allGrants() {
        return grants.ofAllRegions();
    }

    Map<String, RegionHeads> allHeads() {
        return heads.ofAllRegions();
    }

    /** 1 January of the current cycle's vote year (read once per recomputation: it is a query). */
    LocalDate cycleStart() {
        return LocalDate.of(regions.currentCycle().voteDate().getYear(), 1, 1);
    }

    /**
     * @param announce whether to publish a {@link ChecklistItemChanged} per changed item: not at start, when no screen
     *                 is open on this node and the boards are not built yet (thousands of events on a first start)
     */
    private int apply(List<Object[]> rows, Map<String, List<GrantDetails>> allGrants, Map<String, RegionHeads> allHeads,
            boolean budget, boolean leadership, boolean announce) {
        var now = clock.instant();
        var cycleStart = cycleStart();
        // A status the source moves is stamped "system" (even while a user is signed in); a change of the source's
        // words or link alone is no change of the answer and keeps the stamp. Each kind is flushed in its own scope.
        var moving = new java.util.LinkedHashMap<ChecklistItem, Derived>();
        var other = new java.util.LinkedHashMap<ChecklistItem, Derived>();
        for (var row : rows) {
            var item = (ChecklistItem) row[0];
            var source = (DerivedSource) row[1];
            if (source.fromBudget() ? !budget : !leadership) {
                continue;
            }
            var derived = derive(source, item.getRegionCode(), allGrants, allHeads, cycleStart);
            (derived != null && derived.status() != null && derived.status() != item.getStatus() ? moving : other)
                    .put(item, derived);
        }
        var changed = new ArrayList<ChecklistItem>();
        items.flush();
        Stamps.keeping(() -> followAll(other, now, changed));
        Stamps.as(Stamps.SYSTEM, now, () -> followAll(moving, now, changed));
        if (announce && !changed.isEmpty()) {
            for (var item : changed) {
                events.publishEvent(new ChecklistItemChanged(item.getRegionCode(), item.getId(), item.getVersion()));
            }
        }
        return changed.size();
    }

    /** Follows the sources of the items, adding the changed ones to {@code changed}, and flushes them. */
    private void followAll(Map<ChecklistItem, Derived> derived, java.time.Instant now, List<ChecklistItem> changed) {
        var before = changed.size();
        derived.forEach((item, source) -> {
            if (follow(item, source, now)) {
                changed.add(item);
            }
        });
        if (changed.size() > before) {
            items.flush();
        }
    }

    /** Puts what the source says on the item; returns whether anything changed. */
    private boolean follow(ChecklistItem item, Derived derived, java.time.Instant now) {
        if (derived == null) {
            if (item.getSourceStatus() == null) {
                return false;
            }
            var before = item.getSourceTextId();
            item.derive(null, null, null, null, null, now);
            audit.record(ChecklistService.AUDIT_ENTITY, item.getId().toString(), item.getRegionCode(), AUDIT_ACTION,
                    List.of(new FieldChange("source", before, "Sumber tidak lagi menentukan status; diisi manual")));
            return true;
        }
        if (item.getSourceStatus() == derived.status() && item.getStatus() == derived.status()
                && Objects.equals(item.getSourceTextId(), derived.textId())
                && Objects.equals(item.getSourceTextEn(), derived.textEn())
                && Objects.equals(item.getSourceLink(), derived.link())) {
            return false;
        }
        var statusBefore = item.getStatus();
        var verificationBefore = item.getVerification();
        item.derive(derived.status(), derived.on() == null ? LocalDate.ofInstant(now, id.go.kemendagri.siap.base.Formats.WIB)
                : derived.on(), derived.textId(), derived.textEn(), derived.link(), now);
        if (statusBefore != item.getStatus()) {
            item.resubmit(now);
            audit.record(ChecklistService.AUDIT_ENTITY, item.getId().toString(), item.getRegionCode(), AUDIT_ACTION,
                    new FieldChange.Collector().compare("status", statusBefore, item.getStatus())
                            .compare("source", null, "Status diturunkan dari " + derived.textId())
                            .compare("verification", verificationBefore, item.getVerification()).changes());
        }
        return true;
    }
}

package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.checklist.domain.ChecklistItem;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateItemRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * A region's checklist: reading it, reporting on items (status, note, evidence) and verifying them.
 * Every write checks access (provincial staff their own province; evaluators and administrators
 * everywhere; leadership nowhere), refuses stale versions, records its history in the same transaction
 * and announces the change once committed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChecklistService {

    public static final String AUDIT_ENTITY = "checklist-item";
    static final Set<ItemStatus> OPEN = Set.of(ItemStatus.BELUM, ItemStatus.PROSES);

    private final ChecklistItemRepository items;
    private final ChecklistTemplateItemRepository templateItems;
    private final PilkadaRegions regions;
    private final EvidenceStorage storage;
    private final RegionAccess access;
    private final AuditService audit;
    private final Clock clock;

    /** The region's checklist in three statements whatever its size: the cycle, the items, the readiness. */
    @Transactional(readOnly = true)
    public RegionChecklist regionChecklist(String regionCode) {
        access.requireRead(regionCode);
        var cycle = regions.currentCycle();
        var today = today();
        var list = items.findRegionItems(cycle.id(), regionCode, OPEN, today);
        var readiness = ChecklistFigures.readiness(items.figuresByRegion(cycle.id(), null, regionCode,
                ItemStatus.SELESAI, ItemStatus.TIDAK_BERLAKU, OPEN, Verification.WAITING, Verification.VERIFIED, today));
        return new RegionChecklist(regionCode, cycle.name(), list, readiness);
    }

    @Transactional(readOnly = true)
    public ChecklistItemDetails item(long id) {
        var details = items.findDetails(id, OPEN, today()).orElseThrow(() -> new NotFoundException("checklist item " + id));
        access.requireRead(details.regionCode());
        return details;
    }

    public boolean canEdit(String regionCode) {
        return access.canWrite(regionCode);
    }

    public boolean canVerify() {
        return access.current().map(u -> u.role() == Role.EVALUATOR || u.role() == Role.ADMIN).orElse(false);
    }

    /**
     * Saves what the region reports for an item.
     *
     * @throws AccessDeniedException when the user may not write the item's region
     * @throws InvalidInputException when the report breaks a rule, or sets a derived item to another status than
     *         its source's ({@code checklist.error.derived}); nothing is stored
     * @throws StaleDataException    when the item changed since the form loaded it; carries the current item
     */
    @Transactional
    public ChecklistItemDetails update(long id, ChecklistItemDraft draft) {
        return update(id, draft, null);
    }

    /**
     * Saves the report together with a newly uploaded evidence file (which replaces a link or an earlier
     * file; earlier files stay in the store for the history). Every rule is checked before the file is
     * written, so a refused report stores no file.
     *
     * @param upload the uploaded file, or {@code null}
     * @throws InvalidInputException also (field {@code evidence}) for an empty, too large or mistyped file
     */
    @Transactional
    public ChecklistItemDetails update(long id, ChecklistItemDraft draft, Upload upload) {
        var item = writable(id);
        var template = templateItems.findById(item.getTemplateItemId()).orElseThrow();
        requireCurrent(item, draft.version());
        var link = upload == null ? ChecklistRules.emptyToNull(draft.link()) : null;
        var hasFile = upload != null || item.getEvidenceKind() == EvidenceKind.FILE;
        var errors = ChecklistRules.check(upload == null ? draft : draft.withoutLink(), template.isEvidenceRequired(),
                hasFile);
        if (item.getSourceStatus() != null) {
            // A derived item: its source is the evidence and the reason; its status is the source's.
            errors.remove("evidence");
            errors.remove("note", "checklist.error.note-required");
            if (draft.status() != null && draft.status() != item.getSourceStatus()) {
                errors.put("status", "checklist.error.derived");
            }
        }
        InvalidInputException.throwIfAny(errors);
        if (upload != null) {
            storage.check(upload.fileName(), upload.content());
        }
        var note = ChecklistRules.emptyToNull(draft.note());
        var evidenceBefore = evidenceText(item);
        var statusBefore = item.getStatus();
        var verificationBefore = item.getVerification();
        var noteBefore = item.getNote();
        var now = clock.instant();
        item.report(draft.status(), note, today(), now);
        if (upload != null) {
            var stored = storage.store(upload.fileName(), upload.content());
            item.fileEvidence(stored);
        } else if (link != null) {
            item.linkEvidence(link);
        } else if (item.getEvidenceKind() == EvidenceKind.LINK) {
            item.linkEvidence(null);
        }
        var changes = new FieldChange.Collector().compare("status", statusBefore, item.getStatus())
                .compare("note", noteBefore, item.getNote()).compare("evidence", evidenceBefore, evidenceText(item));
        if (changes.changes().isEmpty() && upload == null) {
            return item(id);
        }
        item.resubmit(now);
        changes.compare("verification", verificationBefore, item.getVerification());
        return saved(item, upload == null ? "UPDATE" : "EVIDENCE", changes.changes());
    }

    /** An evidence file as uploaded: its name and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /**
     * Attaches an uploaded file as the item's evidence, keeping its status and note.
     *
     * @throws InvalidInputException (field {@code evidence}) for an empty, too large or wrongly typed file
     */
    @Transactional
    public ChecklistItemDetails attachFile(long id, long version, String fileName, byte[] content) {
        var current = item(id);
        return update(id, new ChecklistItemDraft(current.status(), current.note(), null, version),
                new Upload(fileName, content));
    }

    /**
     * @throws AccessDeniedException when the user is not an evaluator (or administrator)
     * @throws InvalidInputException when the item is not waiting for verification, or lacks the evidence its
     *         template requires
     */
    @Transactional
    public ChecklistItemDetails verify(long id, long version) {
        var item = verifiable(id, version);
        if (lacksEvidence(item, templateItems.findById(item.getTemplateItemId()).orElseThrow().isEvidenceRequired())) {
            throw new InvalidInputException(Map.of("verification", "checklist.error.evidence-missing"));
        }
        var before = item.getVerification();
        item.verify(clock.instant(), access.currentUser().username());
        verdict(item);
        return saved(item, "VERIFY", new FieldChange.Collector()
                .compare("verification", before, item.getVerification()).changes());
    }

    /** Sends a waiting item back to the region; the reason is required. */
    @Transactional
    public ChecklistItemDetails giveBack(long id, long version, String reason) {
        requireVerifier();
        var errors = ChecklistRules.checkReason(reason);
        InvalidInputException.throwIfAny(errors);
        var item = verifiable(id, version);
        var before = item.getVerification();
        item.giveBack(ChecklistRules.trim(reason), clock.instant(), access.currentUser().username());
        verdict(item);
        return saved(item, "RETURN", new FieldChange.Collector()
                .compare("verification", before, item.getVerification())
                .compare("return-reason", null, item.getReturnReason()).changes());
    }

    /**
     * Verifies the selected items that are still waiting at the version the screen saw; items changed or
     * decided by someone else in the meantime are skipped, and items whose template requires evidence they do
     * not have are refused; both are reported back.
     */
    @Transactional
    public VerifyOutcome verifyAll(List<ItemRef> refs) {
        requireVerifier();
        var versions = new HashMap<Long, Long>();
        refs.forEach(ref -> versions.put(ref.id(), ref.version()));
        var found = items.findByIdIn(versions.keySet());
        var needEvidence = new java.util.HashSet<Long>();
        templateItems.findAllById(found.stream().map(ChecklistItem::getTemplateItemId).distinct().toList())
                .forEach(template -> {
                    if (template.isEvidenceRequired()) {
                        needEvidence.add(template.getId());
                    }
                });
        var skipped = new ArrayList<>(versions.keySet());
        var missingEvidence = new ArrayList<Long>();
        var verified = new ArrayList<ChecklistItem>();
        var now = clock.instant();
        var user = access.currentUser().username();
        for (var item : found) {
            if (java.util.Objects.equals(item.getVersion(), versions.get(item.getId())) && item.getVerification() == Verification.WAITING
                    && !item.isRetired()) {
                skipped.remove(item.getId());
                if (lacksEvidence(item, needEvidence.contains(item.getTemplateItemId()))) {
                    missingEvidence.add(item.getId());
                } else {
                    item.verify(now, user);
                    verified.add(item);
                }
            }
        }
        // A verdict is no change of the region's answer: the items keep their stamp (verifiedBy/At say who decided).
        Stamps.keeping(items::flush);
        for (var item : verified) {
            audit.recordAndAnnounce(AUDIT_ENTITY, item.getId().toString(), "VERIFY",
                    List.of(new FieldChange("verification", Verification.WAITING.name(), Verification.VERIFIED.name())),
                    new ChecklistItemChanged(item.getRegionCode(), item.getId(), item.getVersion()));
        }
        skipped.sort(null);
        missingEvidence.sort(null);
        return new VerifyOutcome(verified.size(), skipped, missingEvidence);
    }

    /**
     * A finished item whose template requires evidence it does not have may not be verified; a derived item's
     * evidence is its source record.
     */
    private static boolean lacksEvidence(ChecklistItem item, boolean evidenceRequired) {
        return evidenceRequired && item.getStatus() == ItemStatus.SELESAI && item.getEvidenceKind() == EvidenceKind.NONE
                && item.getSourceStatus() == null;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id, int limit) {
        var details = item(id);
        return audit.history(AUDIT_ENTITY, Long.toString(details.id()), limit);
    }

    /** Opens the item's evidence file for whoever may read its region. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long id) {
        var item = items.findById(id).orElseThrow(() -> new NotFoundException("checklist item " + id));
        access.requireRead(item.getRegionCode());
        if (item.getEvidenceKind() != EvidenceKind.FILE) {
            throw new NotFoundException("evidence of checklist item " + id);
        }
        var file = item.getEvidenceFile();
        return new EvidenceFile(file.name(), file.contentType(), file.size(), storage.open(file.sha256()));
    }

    private ChecklistItem writable(long id) {
        var item = items.findById(id).orElseThrow(() -> new NotFoundException("checklist item " + id));
        access.requireWrite(item.getRegionCode());
        if (item.isRetired()) {
            throw new InvalidInputException(Map.of("status", "checklist.error.retired"));
        }
        return item;
    }

    private ChecklistItem verifiable(long id, long version) {
        requireVerifier();
        var item = items.findById(id).orElseThrow(() -> new NotFoundException("checklist item " + id));
        requireCurrent(item, version);
        if (item.getVerification() != Verification.WAITING || item.isRetired()) {
            throw new InvalidInputException(Map.of("verification", "checklist.error.not-waiting"));
        }
        return item;
    }

    private void requireVerifier() {
        if (!canVerify()) {
            throw new AccessDeniedException("Only evaluators verify checklist items");
        }
    }

    private void requireCurrent(ChecklistItem item, long version) {
        StaleSaves.requireVersion(item, version, i -> item(i.getId()));
    }

    /** Writes a verdict keeping the item's stamp: the stamp is the region's last answer, not the evaluator's. */
    private void verdict(ChecklistItem item) {
        Stamps.keeping(() -> StaleSaves.flush(items, item));
    }

    private ChecklistItemDetails saved(ChecklistItem item, String action, List<FieldChange> changes) {
        StaleSaves.flush(items, item);
        audit.recordAndAnnounce(AUDIT_ENTITY, item.getId().toString(), action, changes,
                new ChecklistItemChanged(item.getRegionCode(), item.getId(), item.getVersion()));
        return item(item.getId());
    }

    /** Evidence as the history shows it: the link, or the file name with the start of its checksum. */
    private static String evidenceText(ChecklistItem item) {
        return switch (item.getEvidenceKind()) {
            case NONE -> null;
            case LINK -> item.getEvidenceLink();
            case FILE -> {
                var file = item.getEvidenceFile();
                yield file.name() + " (sha256 " + file.sha256().substring(0, 12) + ")";
            }
        };
    }

    LocalDate today() {
        return Formats.today(clock);
    }
}

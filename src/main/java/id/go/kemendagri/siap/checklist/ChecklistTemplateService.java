package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplate;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateItem;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateItemRepository;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateRepository;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * The checklist template of the current cycle, owned by evaluators and administrators. Changes go into
 * a draft version (a copy of the latest published one); publishing it applies it to every region's
 * checklist without losing any answer.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChecklistTemplateService {

    public static final String AUDIT_ENTITY = "checklist-template";

    private final ChecklistTemplateRepository templates;
    private final ChecklistTemplateItemRepository templateItems;
    private final ChecklistSync sync;
    private final PilkadaRegions regions;
    private final ElectionStages stages;
    private final RegionAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final DerivedItems derived;

    /** The latest published version of the current cycle's template. */
    @Transactional(readOnly = true)
    public Optional<TemplateDetails> published() {
        access.currentUser();
        return templates.findFirstByCycleIdAndPublishedTrueOrderByVersionNoDesc(regions.currentCycle().id())
                .map(this::details);
    }

    /** The draft being prepared, if any. */
    @Transactional(readOnly = true)
    public Optional<TemplateDetails> draft() {
        requireEditor();
        return templates.findFirstByCycleIdOrderByVersionNoDesc(regions.currentCycle().id())
                .filter(t -> !t.isPublished()).map(this::details);
    }

    /** Opens a draft as a copy of the latest published version, or returns the open one. */
    @Transactional
    public TemplateDetails startDraft() {
        requireEditor();
        var cycleId = regions.currentCycle().id();
        var latest = templates.findFirstByCycleIdOrderByVersionNoDesc(cycleId);
        if (latest.isPresent() && !latest.get().isPublished()) {
            return details(latest.get());
        }
        var draft = templates.save(new ChecklistTemplate(cycleId, latest.map(t -> t.getVersionNo() + 1).orElse(1)));
        latest.ifPresent(previous -> templateItems.saveAll(
                templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(previous.getId()).stream()
                        .map(item -> item.copyTo(draft.getId())).toList()));
        audit.record(AUDIT_ENTITY, draft.getId().toString(), null, "CREATE",
                List.of(new FieldChange("version", null, Integer.toString(draft.getVersionNo()))));
        return details(draft);
    }

    /**
     * Adds an item to the draft, or changes the draft's item with the same code. "Diturunkan dari" (a
     * {@link DerivedSource} or none) is checked here: a source decides one item per version (two items from one NPHD
     * would count the same fact twice in readiness), and the budget's sources (NPHD, tranches) serve funding items
     * only. Publishing applies it ({@link DerivedItems#applyTemplate}).
     */
    @Transactional
    public TemplateDetails saveItem(long templateId, TemplateItemDraft draft) {
        var template = editableDraft(templateId);
        var errors = TemplateRules.check(draft);
        var existing = templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(templateId);
        if (draft.derivedFrom() != null && existing.stream().anyMatch(i -> i.getDerivedFrom() == draft.derivedFrom()
                && !i.getCode().equals(draft.code()))) {
            errors.putIfAbsent("derivedFrom", "checklist.template.error.derived-taken");
        }
        InvalidInputException.throwIfAny(errors);
        var item = existing.stream()
                .filter(i -> i.getCode().equals(draft.code())).findFirst()
                .orElseGet(() -> new ChecklistTemplateItem(templateId, draft.code()));
        var cycle = regions.currentCycle();
        var due = draft.deadlineDate() != null ? draft.deadlineDate()
                : stages.startOf(cycle.id(), draft.deadlineStage() == null ? ElectionStage.VOTE : draft.deadlineStage(),
                        cycle.voteDate()).minusDays(draft.daysBefore());
        var before = item.getId() == null ? null : toDetails(item);
        item.update(draft.theme(), draft.sortOrder(), ChecklistRules.trim(draft.nameId()),
                ChecklistRules.trim(draft.nameEn()), ChecklistRules.emptyToNull(draft.guidanceId()),
                ChecklistRules.emptyToNull(draft.guidanceEn()), ChecklistRules.emptyToNull(draft.legalBasis()),
                draft.deadlineDate(), draft.daysBefore(), draft.deadlineStage(), due, draft.evidenceRequired(), draft.forProvince(),
                draft.forKabupaten(), draft.forKota(), draft.weight());
        item.deriveFrom(draft.derivedFrom());
        templateItems.saveAndFlush(item);
        var changes = new java.util.ArrayList<>(List.of(new FieldChange(draft.code(), before == null ? null : before.toString(),
                toDetails(item).toString())));
        var sourceBefore = before == null ? null : before.derivedFrom();
        if (sourceBefore != draft.derivedFrom()) {
            changes.add(new FieldChange("derivedFrom", sourceBefore == null ? null : draft.code() + ": " + sourceBefore,
                    draft.derivedFrom() == null ? null : draft.code() + ": " + draft.derivedFrom()));
        }
        audit.record(AUDIT_ENTITY, template.getId().toString(), null, before == null ? "ADD_ITEM" : "UPDATE_ITEM",
                changes);
        return details(template);
    }

    @Transactional
    public TemplateDetails removeItem(long templateId, String code) {
        var template = editableDraft(templateId);
        var item = templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(templateId).stream()
                .filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("template item " + code));
        templateItems.delete(item);
        audit.record(AUDIT_ENTITY, template.getId().toString(), null, "REMOVE_ITEM",
                List.of(new FieldChange(code, toDetails(item).toString(), null)));
        return details(template);
    }

    /** Publishes the draft and applies it to every region's checklist. */
    @Transactional
    public TemplateDetails publish(long templateId) {
        var template = editableDraft(templateId);
        if (templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(templateId).isEmpty()) {
            throw new InvalidInputException(Map.of("items", "checklist.template.error.empty"));
        }
        template.publish(clock.instant(), access.currentUser().username());
        templates.saveAndFlush(template);
        var result = sync.apply(template.getCycleId(), templateId);
        // Sources added, moved or removed in this version: every region's derived items follow them now.
        derived.applyTemplate();
        audit.record(AUDIT_ENTITY, template.getId().toString(), null, "PUBLISH",
                List.of(new FieldChange("published", "false", "true"),
                        new FieldChange("items-added", null, Integer.toString(result.added())),
                        new FieldChange("items-retired", null, Integer.toString(result.retired()))));
        return details(template);
    }

    private ChecklistTemplate editableDraft(long templateId) {
        requireEditor();
        var template = templates.findById(templateId)
                .orElseThrow(() -> new NotFoundException("checklist template " + templateId));
        if (template.isPublished()) {
            throw new InvalidInputException(Map.of("template", "checklist.template.error.published"));
        }
        return template;
    }

    private void requireEditor() {
        var role = access.currentUser().role();
        if (role != Role.ADMIN && role != Role.EVALUATOR) {
            throw new AccessDeniedException("Only evaluators and administrators edit the checklist template");
        }
    }

    private TemplateDetails details(ChecklistTemplate template) {
        // Themes in their own order (the column sorts alphabetically), then the editors' order.
        var list = templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(template.getId()).stream()
                .map(ChecklistTemplateService::toDetails)
                .sorted(java.util.Comparator.comparing(TemplateItemDetails::theme)
                        .thenComparingInt(TemplateItemDetails::sortOrder).thenComparing(TemplateItemDetails::code))
                .toList();
        return new TemplateDetails(template.getId(), template.getCycleId(), template.getVersionNo(),
                template.isPublished(), template.getPublishedAt(), template.getPublishedBy(), list);
    }

    static TemplateItemDetails toDetails(ChecklistTemplateItem i) {
        return new TemplateItemDetails(i.getId(), i.getCode(), i.getTheme(), i.getSortOrder(), i.getNameId(),
                i.getNameEn(), i.getGuidanceId(), i.getGuidanceEn(), i.getLegalBasis(), i.getDeadlineDate(),
                i.getDaysBefore(), i.getDeadlineStage(), i.getDueDate(), i.isEvidenceRequired(), i.isForProvince(), i.isForKabupaten(),
                i.isForKota(), i.getWeight(), i.getDerivedFrom());
    }
}

package id.go.kemendagri.siap.leadership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicator;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicatorRepository;

/**
 * The evaluation's indicators, master data an administrator keeps (the official list of 28 is not
 * public; the known ones are seeded). An indicator in use is deactivated rather than deleted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IndicatorService {

    public static final String AUDIT_ENTITY = "evaluation-indicator";
    static final int MAX_NAME = 200;

    private final EvaluationIndicatorRepository indicators;
    private final LeadershipAccess access;
    private final AuditService audit;

    /** Every indicator, retired ones included, by aspect and order. */
    @Transactional(readOnly = true)
    public List<IndicatorDetails> all() {
        access.requireSignedIn();
        return indicators.findAllByOrderByAspectAscSortOrderAscIdAsc().stream().map(IndicatorService::toDetails)
                .toList();
    }

    /** The indicators a new evaluation scores. */
    @Transactional(readOnly = true)
    public List<IndicatorDetails> active() {
        access.requireSignedIn();
        return indicators.findByActiveTrueOrderByAspectAscSortOrderAscIdAsc().stream()
                .map(IndicatorService::toDetails).toList();
    }

    /** Creates an indicator ({@code id} null) or changes one. */
    @Transactional
    public IndicatorDetails save(Long id, IndicatorDraft draft) {
        access.requireEditIndicators();
        var errors = new LinkedHashMap<String, String>();
        var name = draft.name() == null ? "" : draft.name().strip();
        if (draft.aspect() == null) {
            errors.put("aspect", "leadership.error.aspect");
        }
        if (name.length() < 3 || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", "leadership.error.indicator-name");
        } else if (indicators.existsByNameIgnoreCaseAndIdNot(name, id == null ? -1L : id)) {
            errors.put("name", "leadership.error.indicator-duplicate");
        }
        if (draft.sortOrder() < 0 || draft.sortOrder() > 9999) {
            errors.put("sortOrder", "leadership.error.sort-order");
        }
        InvalidInputException.throwIfAny(errors);
        var stored = id == null ? null
                : indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator " + id));
        if (!Objects.equals(stored == null ? null : stored.getVersion(), draft.version())) {
            throw new StaleDataException(stored == null ? null : toDetails(stored));
        }
        var changes = new FieldChange.Collector()
                .compare("aspect", stored == null ? null : stored.getAspect(), draft.aspect())
                .compare("name", stored == null ? null : stored.getName(), name)
                .compare("sortOrder", stored == null ? null : stored.getSortOrder(), draft.sortOrder())
                .compare("active", stored == null ? null : stored.isActive(), draft.active()).changes();
        var indicator = stored == null ? new EvaluationIndicator(draft.aspect(), name, draft.sortOrder(), draft.active())
                : stored;
        indicator.update(draft.aspect(), name, draft.sortOrder(), draft.active());
        StaleSaves.flushUnique(indicators, indicator);
        audit.record(AUDIT_ENTITY, indicator.getId().toString(), null, stored == null ? "CREATE" : "UPDATE", changes);
        return toDetails(indicator);
    }

    static IndicatorDetails toDetails(EvaluationIndicator i) {
        return new IndicatorDetails(i.getId(), i.getAspect(), i.getName(), i.getSortOrder(), i.isActive(),
                i.getVersion());
    }
}

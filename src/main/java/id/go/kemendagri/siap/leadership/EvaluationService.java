package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicator;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicatorRepository;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;
import id.go.kemendagri.siap.leadership.domain.PjEvaluation;
import id.go.kemendagri.siap.leadership.domain.PjEvaluationRepository;
import id.go.kemendagri.siap.leadership.domain.PjReport;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;

/**
 * The Inspectorate General's evaluation of a Pj's quarterly report: a score per active indicator, from
 * which the share met gives BAIK / CUKUP / KURANG; the ASN neutrality score and its band; a
 * recommendation and a note. Evaluators and administrators write; everyone who may read the region reads.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationService {

    public static final String AUDIT_ENTITY = "pj-evaluation";
    static final int MAX_NOTE = 1000;

    private final PjEvaluationRepository evaluations;
    private final PjReportRepository reports;
    private final HeadTenureRepository tenures;
    private final EvaluationIndicatorRepository indicators;
    private final LeadershipAccess access;
    private final LeadershipProperties properties;
    private final LeadershipRules rules;
    private final AuditService audit;
    private final Clock clock;

    /** The configured neutrality bands for the texts that state them ({@link LeadershipProperties#neutralityArguments}). */
    public Object[] neutralityArguments() {
        return properties.neutralityArguments();
    }

    /** A tenure's evaluations, the latest period first: two statements whatever their number. */
    @Transactional(readOnly = true)
    public List<EvaluationDetails> ofTenure(long tenureId) {
        var tenure = tenures.findById(tenureId).orElseThrow(() -> new NotFoundException("tenure " + tenureId));
        access.requireRead(tenure.getRegionCode());
        var scores = new HashMap<Long, Map<Long, Integer>>();
        for (var row : evaluations.findScoresOfTenure(tenureId)) {
            scores.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (Integer) row[2]);
        }
        return evaluations.findByTenureWithPeriod(tenureId).stream().map(row -> {
            var e = (PjEvaluation) row[0];
            return toDetails(e, (Integer) row[1], (LocalDate) row[2], scores.getOrDefault(e.getId(), Map.of()));
        }).toList();
    }

    /**
     * Creates or replaces the evaluation of a report that was sent.
     *
     * @throws InvalidInputException a score is missing or outside 0-100, the neutrality score is outside
     *                               0-100, no recommendation, the note is too long, or the report was not sent
     * @throws StaleDataException    someone evaluated this report in between
     */
    @Transactional
    public EvaluationDetails evaluate(long reportId, EvaluationDraft draft) {
        var report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        access.requireManageHeads(report.getRegionCode());
        var active = indicators.findByActiveTrueOrderByAspectAscSortOrderAscIdAsc();
        var errors = check(draft, active);
        if (report.getSentOn() == null) {
            errors.put("report", "leadership.error.report-not-sent");
        }
        InvalidInputException.throwIfAny(errors);
        var stored = evaluations.findByReportId(reportId);
        StaleSaves.requireVersion(stored, draft.version(), e -> toDetails(e, report));
        var before = stored.map(e -> toDetails(e, report));
        var evaluation = stored.orElseGet(() -> new PjEvaluation(reportId, report.getTenureId(), report.getRegionCode()));
        var scores = Map.copyOf(draft.scores());
        var met = rules.countMet(scores.values());
        var category = rules.category(met, scores.size());
        var band = rules.band(draft.neutralityScore());
        var note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        evaluation.score(scores, met, category, draft.neutralityScore(), band, draft.recommendation(), note);
        evaluation.markDemo(false);
        StaleSaves.flushUnique(evaluations, evaluation);
        refreshLatest(report.getTenureId());
        audit.recordAndAnnounce(AUDIT_ENTITY, evaluation.getId().toString(),
                stored.isPresent() ? "UPDATE" : "CREATE", FieldChange.since(before)
                        .compare("period", b -> report.getPeriodNumber(), report.getPeriodNumber())
                        .compare("scores", b -> sorted(b.scores()), sorted(scores))
                        .compare("category", EvaluationDetails::category, category)
                        .compare("neutralityScore", EvaluationDetails::neutralityScore,
                                draft.neutralityScore())
                        .compare("recommendation", EvaluationDetails::recommendation,
                                draft.recommendation())
                        .compare("note", EvaluationDetails::note, note).changes(),
                new PjEvaluationRecorded(report.getRegionCode(), evaluation.getId(), evaluation.getVersion()));
        return toDetails(evaluation, report);
    }

    /**
     * The category and band the given scores would give under the configured rules, for the form to show
     * before saving. Unscored indicators count as not met; nothing is read or stored.
     */
    public EvaluationPreview preview(java.util.Collection<Integer> scores, int totalIndicators, Integer neutrality) {
        var valid = scores.stream().filter(s -> s != null && s >= 0 && s <= 100).toList();
        var met = rules.countMet(valid);
        var band = neutrality == null || neutrality < 0 || neutrality > 100 ? null : rules.band(neutrality);
        return new EvaluationPreview(met, valid.size(), totalIndicators, rules.category(met, totalIndicators), band);
    }

    /** Keeps the tenure's last category and band (what the heads grid filters on) at its latest period's evaluation. */
    void refreshLatest(long tenureId) {
        var tenure = tenures.findById(tenureId).orElseThrow();
        evaluations.findLatest(tenureId).ifPresent(latest -> {
            if (latest.getCategory() != tenure.getLastCategory() || latest.getNeutralityBand() != tenure.getLastBand()) {
                // A copied summary, not an edit of the tenure: its stamp stays (flushed after the caller's rows).
                tenures.flush();
                tenure.evaluated(latest.getCategory(), latest.getNeutralityBand());
                Stamps.keeping(() -> tenures.saveAndFlush(tenure));
            }
        });
    }

    Map<String, String> check(EvaluationDraft draft, List<EvaluationIndicator> active) {
        var errors = new LinkedHashMap<String, String>();
        var scores = draft.scores() == null ? Map.<Long, Integer>of() : draft.scores();
        var activeIds = active.stream().map(EvaluationIndicator::getId).collect(Collectors.toSet());
        if (scores.values().stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
            errors.put("scores", "leadership.error.score-range");
        } else if (!scores.keySet().equals(activeIds)) {
            errors.put("scores", "leadership.error.scores-incomplete");
        }
        if (draft.neutralityScore() == null || draft.neutralityScore() < 0 || draft.neutralityScore() > 100) {
            errors.put("neutralityScore", "leadership.error.neutrality");
        }
        if (draft.recommendation() == null) {
            errors.put("recommendation", "leadership.error.recommendation");
        }
        if (draft.note() != null && draft.note().strip().length() > MAX_NOTE) {
            errors.put("note", "leadership.error.note");
        }
        return errors;
    }

    private static String sorted(Map<Long, Integer> scores) {
        return new java.util.TreeMap<>(scores).toString();
    }

    private static EvaluationDetails toDetails(PjEvaluation e, PjReport report) {
        return toDetails(e, report.getPeriodNumber(), report.getDueOn(), e.getScores());
    }

    private static EvaluationDetails toDetails(PjEvaluation e, int period, LocalDate dueOn, Map<Long, Integer> scores) {
        return new EvaluationDetails(e.getId(), e.getReportId(), e.getTenureId(), e.getRegionCode(), period, dueOn,
                Map.copyOf(scores), e.getIndicatorsTotal(), e.getIndicatorsMet(), e.getCategory(), e.getNeutralityScore(),
                e.getNeutralityBand(), e.getRecommendation(), e.getNote(), e.isDemo(), e.getUpdatedAt(),
                e.getUpdatedBy(), e.getVersion());
    }
}

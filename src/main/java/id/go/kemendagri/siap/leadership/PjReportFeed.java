package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicator;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicatorRepository;
import id.go.kemendagri.siap.leadership.domain.PjEvaluation;
import id.go.kemendagri.siap.leadership.domain.PjEvaluationRepository;
import id.go.kemendagri.siap.leadership.domain.PjReport;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;

/**
 * Pj quarterly reports with their evaluations for other systems, by id. One statement per page; callers
 * who may see scores get them with two more (the page's scores, the indicators' names), never one per row.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PjReportFeed {

    private final PjReportRepository reports;
    private final PjEvaluationRepository evaluations;
    private final EvaluationIndicatorRepository indicators;
    private final LeadershipAccess access;
    private final Clock clock;

    /** Up to {@code limit} reports with an id above {@code afterId} (null: from the start). */
    public List<PjReportRecord> page(PjReportRecord.Filter filter, Instant changedSince, Long afterId, int limit) {
        var today = LeadershipRules.today(clock);
        var rows = reports.findRecords(access.readableProvince(filter.provinceCode()), filter.regionCode(),
                filter.tenureId(), filter.category(), filter.status() == null ? null : filter.status().name(), today,
                changedSince, afterId, Limit.of(limit));
        var scores = access.maySeeScores() ? scores(rows) : null;
        var result = new ArrayList<PjReportRecord>(rows.size());
        for (var row : rows) {
            var report = (PjReport) row[0];
            var evaluation = (PjEvaluation) row[1];
            var changedAt = evaluation != null && evaluation.getUpdatedAt().isAfter(report.getUpdatedAt())
                    ? evaluation.getUpdatedAt() : report.getUpdatedAt();
            result.add(new PjReportRecord(report.getId(), report.getTenureId(), report.getRegionCode(), (String) row[3],
                    (String) row[4], (String) row[2], report.getPeriodNumber(), report.getPeriodStart(),
                    report.getDueOn(), report.getSentOn(),
                    LeadershipRules.reportStatus(report.getDueOn(), report.getSentOn(), today),
                    report.getSentOn() != null && report.getSentOn().isAfter(report.getDueOn()),
                    evaluation == null ? null : evaluation(evaluation, scores), changedAt, report.getForwardedOn()));
        }
        return result;
    }

    private static PjReportRecord.Evaluation evaluation(PjEvaluation e,
            Map<Long, List<PjReportRecord.IndicatorScore>> scores) {
        var personal = scores == null ? null : new PjReportRecord.Scores(e.getIndicatorsTotal(), e.getIndicatorsMet(),
                e.getNeutralityScore(), e.getNeutralityBand(), e.getRecommendation(), e.getNote(),
                scores.getOrDefault(e.getId(), List.of()));
        return new PjReportRecord.Evaluation(e.getId(), e.getCategory(), e.getUpdatedAt(), personal);
    }

    /** The scores of the page's evaluations by evaluation id, each list in the indicators' order. */
    private Map<Long, List<PjReportRecord.IndicatorScore>> scores(List<Object[]> rows) {
        var ids = rows.stream().map(row -> (PjEvaluation) row[1]).filter(java.util.Objects::nonNull)
                .map(PjEvaluation::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var all = indicators.findAllByOrderByAspectAscSortOrderAscIdAsc();
        var byId = all.stream().collect(Collectors.toMap(EvaluationIndicator::getId, Function.identity()));
        var order = new HashMap<Long, Integer>();
        for (var i = 0; i < all.size(); i++) {
            order.put(all.get(i).getId(), i);
        }
        var result = new HashMap<Long, List<PjReportRecord.IndicatorScore>>();
        for (var row : evaluations.findScoresOf(ids)) {
            var indicator = byId.get((Long) row[1]);
            if (indicator != null) {
                result.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new PjReportRecord.IndicatorScore(
                        indicator.getId(), indicator.getAspect(), indicator.getName(), ((Number) row[2]).intValue()));
            }
        }
        result.values().forEach(list -> list.sort(java.util.Comparator.comparing(s -> order.get(s.indicatorId()))));
        return result;
    }
}

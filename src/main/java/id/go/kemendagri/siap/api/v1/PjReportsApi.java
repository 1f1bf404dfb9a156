package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.leadership.Aspect;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.PjReportFeed;
import id.go.kemendagri.siap.leadership.PjReportRecord;
import id.go.kemendagri.siap.leadership.Recommendation;
import id.go.kemendagri.siap.leadership.ReportStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Quarterly reports of Pj heads and the category of their evaluation (scope {@code pj-reports}); the
 * personal scores only with scope {@code pj-scores}.
 */
@V1Controller
@Tag(name = "pj-reports", description = "Pj quarterly reports and their evaluation.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PjReportsApi {

    private static final Cursor<PjReportRecord, Long> CURSOR = Cursor.byId("pj-reports", PjReportRecord::id);

    @Schema(name = "IndicatorScore")
    record IndicatorScore(long indicatorId, Aspect aspect, String indicator, int score) {
    }

    @Schema(name = "PjScores", description = "The Pj's personal figures; only with the pj-scores scope.")
    record Scores(int indicatorsTotal, int indicatorsMet, @Schema(description = "0-100") int neutralityScore,
            NeutralityBand neutralityBand, Recommendation recommendation, @Schema(nullable = true) String note,
            List<IndicatorScore> indicators) {
    }

    @Schema(name = "PjEvaluation")
    record Evaluation(long id, EvaluationCategory category, Instant evaluatedAt,
            @Schema(description = "Null without the pj-scores scope.", nullable = true) Scores scores) {

        static Evaluation of(PjReportRecord.Evaluation e) {
            var s = e.scores();
            return new Evaluation(e.id(), e.category(), e.evaluatedAt(), s == null ? null
                    : new Scores(s.indicatorsTotal(), s.indicatorsMet(), s.neutralityScore(), s.neutralityBand(),
                            s.recommendation(), s.note(), s.indicators().stream().map(i -> new IndicatorScore(
                                    i.indicatorId(), i.aspect(), i.indicator(), i.score())).toList()));
        }
    }

    @Schema(name = "PjReport", description = "A quarterly report a Pj owes, counted from the swearing-in date.")
    record Report(long id, long tenureId, String regionCode, String regionName, String provinceCode, String personName,
            int period, LocalDate periodStart, LocalDate dueOn, @Schema(nullable = true) LocalDate sentOn,
            @Schema(description = "On the day of the call.") ReportStatus status, boolean sentLate,
            @Schema(description = "Null until evaluated.", nullable = true) Evaluation evaluation, Instant updatedAt,
            @Schema(description = "A Pj bupati/wali kota's report: when the governor forwarded it to the Minister;"
                    + " null for a Pj governor or while not forwarded.", nullable = true) LocalDate forwardedOn) {

        static Report of(PjReportRecord r) {
            return new Report(r.id(), r.tenureId(), r.regionCode(), r.regionName(), r.provinceCode(), r.personName(),
                    r.periodNumber(), r.periodStart(), r.dueOn(), r.sentOn(), r.status(), r.sentLate(),
                    r.evaluation() == null ? null : Evaluation.of(r.evaluation()), r.changedAt(), r.forwardedOn());
        }
    }

    private final PjReportFeed reports;
    private final Params params;

    @GetMapping("/pj-reports")
    @Operation(summary = "Pj quarterly reports with their evaluation, by id")
    CursorPage<Report> reports(@ParameterObject ProvinceParam provinsi, @ParameterObject RegionParam region,
            @Parameter(description = "One tenure (the id of a head)") @RequestParam(required = false) Long tenureId,
            @Parameter(description = "Status on the day of the call") @RequestParam(required = false)
            ReportStatus status,
            @Parameter(description = "Category of the evaluation") @RequestParam(required = false)
            EvaluationCategory kategori,
            @ParameterObject ListParams list) {
        var filter = new PjReportRecord.Filter(provinsi.code(), region.code(), tenureId, status, kategori);
        return params.page(list, CURSOR, (since, after, limit) -> reports.page(filter, since, after, limit),
                Report::of);
    }
}

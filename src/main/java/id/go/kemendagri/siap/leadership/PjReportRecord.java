package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Pj's quarterly report with its status on the day it was read and, once evaluated, the evaluation's
 * category. The personal figures ({@link Scores}) come only to callers allowed to see them.
 */
public record PjReportRecord(long id, long tenureId, String regionCode, String regionName, String provinceCode,
        String personName, int periodNumber, LocalDate periodStart, LocalDate dueOn, LocalDate sentOn,
        ReportStatus status, boolean sentLate, Evaluation evaluation, Instant changedAt, LocalDate forwardedOn) {

    /** The evaluation of a report: its category always, the scores when allowed. */
    public record Evaluation(long id, EvaluationCategory category, Instant evaluatedAt, Scores scores) {
    }

    /** A Pj's personal figures: indicators met, neutrality score and band, recommendation, note, each score. */
    public record Scores(int indicatorsTotal, int indicatorsMet, int neutralityScore, NeutralityBand neutralityBand,
            Recommendation recommendation, String note, List<IndicatorScore> indicators) {
    }

    public record IndicatorScore(long indicatorId, Aspect aspect, String indicator, int score) {
    }

    /** What reports are read by; null means any. */
    public record Filter(String provinceCode, String regionCode, Long tenureId, ReportStatus status,
            EvaluationCategory category) {
    }
}

package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An evaluation of one report: scores by indicator id, and what followed from them. */
public record EvaluationDetails(long id, long reportId, long tenureId, String regionCode, int periodNumber,
        LocalDate dueOn, Map<Long, Integer> scores, int indicatorsTotal, int indicatorsMet,
        EvaluationCategory category, int neutralityScore, NeutralityBand neutralityBand,
        Recommendation recommendation, String note, boolean demo, Instant updatedAt, String updatedBy,
        long version) {

    public EvaluationDraft toDraft() {
        return new EvaluationDraft(scores, neutralityScore, recommendation, note, version);
    }

    /** Met indicators as a whole percentage, for display. */
    public int percentMet() {
        return indicatorsTotal == 0 ? 0 : Math.round(indicatorsMet * 100f / indicatorsTotal);
    }
}

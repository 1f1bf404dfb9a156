package id.go.kemendagri.siap.leadership;

import java.util.Map;

/**
 * An evaluation as the form submits it: a score 0-100 for every active indicator (by id), the neutrality
 * score 0-100, the recommendation and a note. {@code version} null for a first evaluation.
 */
public record EvaluationDraft(Map<Long, Integer> scores, Integer neutralityScore, Recommendation recommendation,
        String note, Long version) {
}

package id.go.kemendagri.siap.leadership;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evaluation as the form submits it: a score 0-100 for every active indicator (by id), the neutrality
 * score 0-100, the recommendation and a note. {@code version} null for a first evaluation. The simple rules are
 * constraints here (the form shows them while typing); {@link EvaluationService} checks them again, and that
 * every active indicator is scored.
 */
public record EvaluationDraft(
        Map<Long, @NotNull(message = "leadership.error.score-range") @Min(value = 0,
                message = "leadership.error.score-range") @Max(value = 100,
                        message = "leadership.error.score-range") Integer> scores,
        @NotNull(message = "leadership.error.neutrality") @Min(value = 0, message = "leadership.error.neutrality")
        @Max(value = 100, message = "leadership.error.neutrality") Integer neutralityScore,
        @NotNull(message = "leadership.error.recommendation") Recommendation recommendation,
        @Size(max = EvaluationService.MAX_NOTE, message = "leadership.error.note") String note,
        Long version) {
}

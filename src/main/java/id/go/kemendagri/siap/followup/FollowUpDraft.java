package id.go.kemendagri.siap.followup;

import java.time.LocalDate;
import java.util.Set;

/** A follow-up an evaluator gives to some of a meeting's regions at once. */
public record FollowUpDraft(String description, ResponsibleUnit unit, String unitOther, LocalDate deadline,
        Set<String> regionCodes) {
}

package id.go.kemendagri.siap.followup;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A follow-up an evaluator gives to some of a meeting's regions at once. The simple rules are constraints here
 * (the form shows them while typing); {@code FollowUpRules.checkFollowUp} applies every rule again, the deadline
 * against the meeting's date and the regions against its participants too.
 */
public record FollowUpDraft(
        @NotBlank(message = "followup.error.description")
        @Size(min = 3, max = FollowUpRules.MAX_DESCRIPTION, message = "followup.error.description") String description,
        @NotNull(message = "followup.error.unit") ResponsibleUnit unit,
        @Size(max = FollowUpRules.MAX_UNIT, message = "followup.error.unitOther") String unitOther,
        @NotNull(message = "followup.error.deadline") LocalDate deadline,
        @NotEmpty(message = "followup.error.regions") Set<String> regionCodes) {
}

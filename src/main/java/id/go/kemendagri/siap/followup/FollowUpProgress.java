package id.go.kemendagri.siap.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a region reports on a follow-up; {@code version} is the one the form loaded. The simple rules are
 * constraints here (the form shows them while typing); {@code FollowUpRules.checkProgress} applies every rule
 * again, who may close one too.
 */
public record FollowUpProgress(
        @NotNull(message = "followup.error.status") FollowUpStatus status,
        @Size(max = FollowUpRules.MAX_NOTE, message = "followup.error.note") String note,
        @Size(max = FollowUpRules.MAX_LINK, message = "followup.error.link")
        @Pattern(regexp = "^\\s*$|^\\s*(?i:https?)://\\S+\\s*$", message = "followup.error.link") String evidenceLink,
        long version) {
}

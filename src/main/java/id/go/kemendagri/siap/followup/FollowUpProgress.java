package id.go.kemendagri.siap.followup;

import id.go.kemendagri.siap.base.WebLink;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a region reports on a follow-up; {@code version} is the one the form loaded. The simple rules are
 * constraints here (the form shows them while typing); {@code FollowUpRules.checkProgress} applies every rule
 * again, who may close one too.
 */
public record FollowUpProgress(
        @NotNull(message = "followup.error.status") FollowUpStatus status,
        @Size(max = FollowUpRules.MAX_NOTE, message = "followup.error.note") String note,
        @WebLink(message = "followup.error.link") String evidenceLink,
        long version) {
}

package id.go.kemendagri.siap.followup;

/** What a region reports on a follow-up; {@code version} is the one the form loaded. */
public record FollowUpProgress(FollowUpStatus status, String note, String evidenceLink, long version) {
}

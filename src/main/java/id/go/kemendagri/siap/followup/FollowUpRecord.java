package id.go.kemendagri.siap.followup;

import java.time.Instant;

/** A follow-up for other systems: the row the screens show, its meeting's type, and its latest change. */
public record FollowUpRecord(FollowUpRow row, MeetingType meetingType, Instant changedAt) {
}

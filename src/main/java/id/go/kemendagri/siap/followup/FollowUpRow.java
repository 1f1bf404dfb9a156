package id.go.kemendagri.siap.followup;

import java.time.Instant;
import java.time.LocalDate;

/** One follow-up with its meeting and region names and whether it is overdue today. */
public record FollowUpRow(long id, long meetingId, String meetingTitle, LocalDate meetingDate, String regionCode,
        String regionName, String description, ResponsibleUnit unit, String unitOther, LocalDate deadline,
        FollowUpStatus status, boolean overdue, String note, String evidenceLink, Document evidence,
        Instant closedAt, String closedBy, boolean demo, Instant updatedAt, String updatedBy, long version) {

    public FollowUpProgress toProgress() {
        return new FollowUpProgress(status, note, evidenceLink, version);
    }
}

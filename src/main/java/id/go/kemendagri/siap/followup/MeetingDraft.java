package id.go.kemendagri.siap.followup;

import java.time.LocalDate;
import java.util.Set;

/** A meeting as the form submits it; {@code version} is the one the form loaded, null for a new meeting. */
public record MeetingDraft(MeetingType type, String title, LocalDate date, String organiser, String place,
        boolean online, String minutes, Set<String> regionCodes, Long version) {
}

package id.go.kemendagri.siap.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one meeting; {@code regions} are code and name, sorted by code. */
public record MeetingDetails(long id, MeetingType type, String title, LocalDate date, String organiser,
        String place, boolean online, String minutes, Document minutesFile, List<RegionName> regions,
        boolean demo, String createdBy, Instant updatedAt, String updatedBy, long version) {

    public MeetingDraft toDraft() {
        return new MeetingDraft(type, title, date, organiser, place, online, minutes,
                new java.util.LinkedHashSet<>(regions.stream().map(RegionName::code).toList()), version);
    }

    public record RegionName(String code, String name) {
    }
}

package id.go.kemendagri.siap.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.followup.domain.FollowUpItem;
import id.go.kemendagri.siap.followup.domain.FollowUpItemRepository;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Follow-ups of coordination meetings for other systems: two statements per page (the items with their
 * meetings, then the region names), by id, confined to what the caller may read.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FollowUpFeed {

    /** What follow-ups are read by; null (or false) means any. */
    public record Filter(String provinceCode, String regionCode, Long meetingId, MeetingType meetingType,
            FollowUpStatus status, boolean overdueOnly) {
    }

    private final FollowUpItemRepository items;
    private final RegionService regions;
    private final RegionAccess access;
    private final Clock clock;

    /** Up to {@code limit} follow-ups with an id above {@code afterId} (null: from the start). */
    public List<FollowUpRecord> page(Filter filter, Instant changedSince, Long afterId, int limit) {
        var today = Formats.today(clock);
        var rows = items.findRecords(filter.meetingId(), filter.regionCode(),
                access.readableProvince(filter.provinceCode()), filter.status(), filter.overdueOnly(), today,
                filter.meetingType(), changedSince, afterId, Limit.of(limit));
        var names = FollowUpService.regionNames(regions, rows);
        var result = new ArrayList<FollowUpRecord>(rows.size());
        for (var row : rows) {
            var item = (FollowUpItem) row[0];
            var meetingChanged = (Instant) row[4];
            var changedAt = meetingChanged.isAfter(item.getUpdatedAt()) ? meetingChanged : item.getUpdatedAt();
            result.add(new FollowUpRecord(FollowUpService.toRow(item, (String) row[1], (LocalDate) row[2], names, today),
                    (MeetingType) row[3], changedAt));
        }
        return result;
    }
}

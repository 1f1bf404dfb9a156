package id.go.kemendagri.siap.followup;

import id.go.kemendagri.siap.base.RegionChange;

/**
 * Something about coordination meetings changed for a region and was committed: a follow-up item
 * ({@code itemId}) or the meeting itself ({@code itemId} null).
 */
public record FollowUpChanged(String regionCode, long meetingId, Long itemId, long version) implements RegionChange {
}

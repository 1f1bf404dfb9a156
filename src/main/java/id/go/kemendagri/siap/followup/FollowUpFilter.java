package id.go.kemendagri.siap.followup;

/** Filters of a follow-up list; null or false means "any". */
public record FollowUpFilter(Long meetingId, String regionCode, FollowUpStatus status, boolean openOnly,
        boolean overdueOnly) {

    public static FollowUpFilter ofMeeting(long meetingId) {
        return new FollowUpFilter(meetingId, null, null, false, false);
    }

    public static FollowUpFilter openOfRegion(String regionCode) {
        return new FollowUpFilter(null, regionCode, null, true, false);
    }
}

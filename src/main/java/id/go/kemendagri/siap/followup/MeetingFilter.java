package id.go.kemendagri.siap.followup;

/** Filters of the meeting list; null means "any". */
public record MeetingFilter(MeetingType type, String provinceCode, String search) {

    public static final MeetingFilter ALL = new MeetingFilter(null, null, null);
}

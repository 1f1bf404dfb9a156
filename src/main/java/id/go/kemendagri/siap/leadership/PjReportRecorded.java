package id.go.kemendagri.siap.leadership;


/** A quarterly report was recorded as sent (or corrected) at this version. */
public record PjReportRecorded(String regionCode, long reportId, long version) implements LeadershipChanged {
}

package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** A quarterly report of an active Pj that was sent and has no evaluation yet; {@code daysWaiting} since it was sent. */
public record ReportToEvaluate(String regionCode, String regionName, String personName, int periodNumber,
        LocalDate sentOn, long daysWaiting) {
}

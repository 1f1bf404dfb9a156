package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** A quarterly report of an active Pj whose due date passed without it. */
public record OverdueReport(String regionCode, String regionName, String personName, int periodNumber,
        LocalDate dueOn, long daysOverdue) {
}

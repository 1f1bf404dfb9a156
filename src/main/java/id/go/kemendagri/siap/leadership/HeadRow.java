package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import id.go.kemendagri.siap.region.RegionLevel;

/**
 * One line of the heads grid: a region and its active head, if any. {@code nextReportDue} is the earliest
 * unsent report not yet overdue; {@code overdueReports} counts those past due.
 */
public record HeadRow(String code, String name, RegionLevel level, String provinceName, Long tenureId,
        HeadStatus status, String personName, LocalDate termEndsOn, LocalDate nextReportDue, long overdueReports,
        EvaluationCategory lastCategory, NeutralityBand lastBand, Boolean demo, Long daysLeft) {

    public HeadRow withDaysLeft(LocalDate today) {
        var days = termEndsOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, termEndsOn);
        return new HeadRow(code, name, level, provinceName, tenureId, status, personName, termEndsOn, nextReportDue,
                overdueReports, lastCategory, lastBand, demo, days);
    }
}

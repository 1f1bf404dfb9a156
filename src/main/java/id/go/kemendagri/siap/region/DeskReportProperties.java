package id.go.kemendagri.siap.region;

import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Desk Pilkada's monthly reports ({@code siap.desk.*}): the months a region reports on and when each report is
 * due. 2024: from April (the Desk Pilkada is formed by 31 March) to December (the count and its recapitulation).
 *
 * @param firstMonth the first month reported on
 * @param lastMonth  the last month reported on
 * @param dueDay     a month's report is due on this day of the following month
 */
@ConfigurationProperties("siap.desk")
public record DeskReportProperties(
        @DefaultValue("2024-04") YearMonth firstMonth,
        @DefaultValue("2024-12") YearMonth lastMonth,
        @DefaultValue("10") int dueDay) {

    public DeskReportProperties {
        if (lastMonth.isBefore(firstMonth) || dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("siap.desk: need first-month <= last-month and 1 <= due-day <= 28");
        }
    }

    /** The day a month's report is due. */
    public java.time.LocalDate dueOn(YearMonth month) {
        return month.plusMonths(1).atDay(dueDay);
    }
}

package id.go.kemendagri.siap.region;

import java.time.LocalDate;
import java.time.YearMonth;

import id.go.kemendagri.siap.base.WebLink;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the form sends for one month of the Desk Pilkada's report series: the month, the day it was sent, the link
 * to the report and an optional note, against the version the form saw (null: not recorded yet). The simple rules
 * are constraints here (the form shows them while typing); {@link DeskReportService} applies every rule again.
 */
public record DeskReportDraft(
        @NotNull(message = "desk.report.error.month") YearMonth month,
        @NotNull(message = "desk.report.error.sent-on") LocalDate sentOn,
        @NotBlank(message = "desk.report.error.link") @WebLink(message = "desk.report.error.link") String link,
        @Size(max = DeskReportService.MAX_NOTE, message = "desk.report.error.note") String note,
        Long version) {

    public static DeskReportDraft empty(YearMonth month) {
        return new DeskReportDraft(month, null, "", "", null);
    }
}

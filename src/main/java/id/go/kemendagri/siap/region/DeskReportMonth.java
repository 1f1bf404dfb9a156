package id.go.kemendagri.siap.region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of a region's Desk Pilkada report series: when it is due, where it stands and, once recorded, when it was
 * sent and where it is ({@code sentOn}, {@code link}, {@code note}, {@code version} are null before).
 */
public record DeskReportMonth(YearMonth month, LocalDate dueOn, DeskReportStatus status, LocalDate sentOn, String link,
        String note, boolean demo, Instant updatedAt, String updatedBy, Long version) {

    public boolean recorded() {
        return version != null;
    }

    public DeskReportDraft toDraft() {
        return recorded() ? new DeskReportDraft(month, sentOn, link, note == null ? "" : note, version)
                : DeskReportDraft.empty(month);
    }
}

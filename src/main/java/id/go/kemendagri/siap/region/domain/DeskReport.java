package id.go.kemendagri.siap.region.domain;

import java.time.LocalDate;

import id.go.kemendagri.siap.base.RegionRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One month's Desk Pilkada report of a region: the month, the day it was sent and the link to it. */
@Entity
@Table(name = "desk_report")
@Getter
public class DeskReport extends RegionRecord {

    /** The first day of the month reported on. */
    private LocalDate reportMonth;

    private LocalDate sentOn;

    private String link;

    private String note;

    protected DeskReport() {
    }

    public DeskReport(long cycleId, String regionCode, String provinceCode, LocalDate reportMonth) {
        super(cycleId, regionCode, provinceCode);
        this.reportMonth = reportMonth;
    }

    public void update(LocalDate sentOn, String link, String note, boolean demo) {
        this.sentOn = sentOn;
        this.link = link;
        this.note = note;
        markDemo(demo);
    }
}

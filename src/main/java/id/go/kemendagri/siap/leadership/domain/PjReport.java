package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;

import id.go.kemendagri.siap.base.StampedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One quarterly report a Pj owes: its period and due date, and once it arrived, when and as what. */
@Entity
@Table(name = "pj_report")
@Getter
public class PjReport extends StampedRecord {

    private Long tenureId;

    private String regionCode;

    private int periodNumber;

    private LocalDate periodStart;

    private LocalDate dueOn;

    private LocalDate sentOn;

    private String documentRef;

    /** A Pj bupati/wali kota's report: when the governor forwarded it to the Minister (null: not yet, or a province). */
    private LocalDate forwardedOn;

    protected PjReport() {
    }

    public PjReport(Long tenureId, String regionCode, int periodNumber, LocalDate periodStart, LocalDate dueOn) {
        this.tenureId = tenureId;
        this.regionCode = regionCode;
        this.periodNumber = periodNumber;
        this.periodStart = periodStart;
        this.dueOn = dueOn;
    }

    public void sent(LocalDate sentOn, String documentRef) {
        this.sentOn = sentOn;
        this.documentRef = documentRef;
    }

    public void forwarded(LocalDate forwardedOn) {
        this.forwardedOn = forwardedOn;
    }
}

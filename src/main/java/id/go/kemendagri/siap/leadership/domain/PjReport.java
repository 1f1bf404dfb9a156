package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;

import id.go.kemendagri.siap.base.StampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One quarterly report a Pj owes: its period and due date, and once it arrived, when and as what. */
@Entity
@Table(name = "pj_report")
@Getter
public class PjReport extends StampedRecord {

    @Column(name = "tenure_id", nullable = false)
    private Long tenureId;

    @Column(name = "region_code", nullable = false, length = 13)
    private String regionCode;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "document_ref", length = 300)
    private String documentRef;

    /** A Pj bupati/wali kota's report: when the governor forwarded it to the Minister (null: not yet, or a province). */
    @Column(name = "forwarded_on")
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

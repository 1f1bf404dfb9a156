package id.go.kemendagri.siap.budget.domain;

import java.time.Instant;
import java.time.LocalDate;

import id.go.kemendagri.siap.base.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One transfer of money from the regional treasury to a recipient, booked against a tranche. */
@Entity
@Table(name = "nphd_transfer")
@Getter
public class NphdTransfer extends Identified {

    private long grantId;

    private int tranche;

    @Column(name = "transfer_date", nullable = false)
    private LocalDate date;

    private long amount;

    private String reference;

    private boolean demo;

    private Instant createdAt;

    private String createdBy;

    protected NphdTransfer() {
    }

    public NphdTransfer(long grantId, int tranche, LocalDate date, long amount, String reference, boolean demo,
            Instant createdAt, String createdBy) {
        this.grantId = grantId;
        this.tranche = tranche;
        this.date = date;
        this.amount = amount;
        this.reference = reference;
        this.demo = demo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}

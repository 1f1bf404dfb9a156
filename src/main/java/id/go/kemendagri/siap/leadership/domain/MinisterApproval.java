package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;

import id.go.kemendagri.siap.leadership.ApprovalKind;
import id.go.kemendagri.siap.base.RegionOwnedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;

/** One entry of the register of the Minister's written approvals of a region's acting head. */
@Entity
@Table(name = "minister_approval")
@Getter
public class MinisterApproval extends RegionOwnedRecord {

    @Enumerated(EnumType.STRING)
    private ApprovalKind kind;

    private String subject;

    private LocalDate actionOn;

    private String approvalNumber;

    private LocalDate approvedOn;

    protected MinisterApproval() {
    }

    public MinisterApproval(String regionCode, String provinceCode) {
        super(regionCode, provinceCode);
    }

    public void update(ApprovalKind kind, String subject, LocalDate actionOn, String approvalNumber,
            LocalDate approvedOn) {
        this.kind = kind;
        this.subject = subject;
        this.actionOn = actionOn;
        this.approvalNumber = approvalNumber;
        this.approvedOn = approvedOn;
    }
}

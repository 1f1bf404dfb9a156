package id.go.kemendagri.siap.leadership;

/** An entry of the register of the Minister's approvals was recorded, changed or removed and committed. */
public record MinisterApprovalChanged(String regionCode, long approvalId) implements LeadershipChanged {
}

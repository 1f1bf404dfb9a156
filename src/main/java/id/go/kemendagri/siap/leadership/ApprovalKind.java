package id.go.kemendagri.siap.leadership;

/**
 * What an acting head may do only with the Minister's written approval (UU 10/2016 art. 132A; Permendagri
 * 4/2023): transfer staff, reverse permits issued by the previous head, issue policies that differ from the
 * previous head's. Translated by {@code leadership.approval.kind.<NAME>}.
 */
public enum ApprovalKind {
    STAFF_TRANSFER, PERMIT_REVERSAL, NEW_POLICY
}

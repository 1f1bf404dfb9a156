package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A register entry as screens show it. {@code approvedBefore}: the approval exists and is dated on or before the
 * action; {@code alert}: a staff transfer in the six months before candidate determination without it.
 */
public record ApprovalDetails(long id, String regionCode, String regionName, ApprovalKind kind, String subject,
        LocalDate actionOn, String approvalNumber, LocalDate approvedOn, boolean approvedBefore, boolean alert,
        boolean demo, Instant updatedAt, String updatedBy, long version) {
}

package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One entry of the register as the form submits it: what was done (or is planned) on {@code actionOn}, and the
 * Minister's written approval (letter number and date) when there is one. {@code version} is null for a new
 * entry.
 */
public record ApprovalDraft(@NotNull(message = "leadership.error.approval.kind") ApprovalKind kind,
        @Size(min = 3, max = 300, message = "leadership.error.approval.subject") String subject,
        @NotNull(message = "leadership.error.approval.action-on") LocalDate actionOn,
        @Size(max = 100, message = "leadership.error.approval.number") String approvalNumber, LocalDate approvedOn,
        Long version) {
}

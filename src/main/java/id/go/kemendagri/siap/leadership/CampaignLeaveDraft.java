package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The campaign leave of the elected head as the form submits it: the designated Pjs and the Minister's decree;
 * the leave's dates are the cycle's campaign stage, not typed; the decree's date is (not after today, not after
 * the leave's first day: the Pjs acts from that day). {@code version} is the tenure's version the form saw.
 * The service checks the same rules again ({@code TenureRules.checkLeave}), the NIP's structure included.
 */
public record CampaignLeaveDraft(
        @NotBlank(message = "leadership.error.pjsName") @Size(min = 3, max = 120, message = "leadership.error.pjsName")
        String pjsName,
        @NotBlank(message = "leadership.error.pjsNip") String pjsNip,
        @Size(max = 150, message = "leadership.error.pjsOrigin") String pjsOrigin,
        @NotBlank(message = "leadership.error.decreeNumber")
        @Size(min = 3, max = 100, message = "leadership.error.decreeNumber") String decreeNumber,
        @NotNull(message = "leadership.error.leave.decree-date") LocalDate decreeDate,
        long version) {
}

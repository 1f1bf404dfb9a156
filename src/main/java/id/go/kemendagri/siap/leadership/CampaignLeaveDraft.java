package id.go.kemendagri.siap.leadership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The campaign leave of the elected head as the form submits it: the designated Pjs and the Minister's decree;
 * the dates are the cycle's campaign stage, not typed. {@code version} is the tenure's version the form saw.
 * The service checks the same rules again ({@code TenureRules.checkLeave}), the NIP's structure included.
 */
public record CampaignLeaveDraft(
        @NotBlank(message = "leadership.error.pjsName") @Size(min = 3, max = 120, message = "leadership.error.pjsName")
        String pjsName,
        @NotBlank(message = "leadership.error.pjsNip") String pjsNip,
        @Size(max = 150, message = "leadership.error.pjsOrigin") String pjsOrigin,
        @NotBlank(message = "leadership.error.decreeNumber")
        @Size(min = 3, max = 100, message = "leadership.error.decreeNumber") String decreeNumber,
        long version) {
}

package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new head as the appointment form submits it. {@code termEndsOn} may be null: a Pj then serves one
 * year, an elected head five. When the region has an active head, {@code previousEndReason} says why that
 * tenure ends and {@code previousVersion} is the version the form saw (null when it saw none).
 * <p>
 * The simple rules are constraints here (the form shows them while typing); {@code TenureRules.checkAppointment}
 * applies every rule again on the server, those that depend on the status and the region's level too.
 */
public record AppointmentDraft(
        @NotNull(message = "leadership.error.status") HeadStatus status,
        @NotBlank(message = "leadership.error.personName")
        @Size(min = 3, max = TenureRules.MAX_NAME, message = "leadership.error.personName") String personName,
        @Pattern(regexp = AppointmentDraft.NIP, message = "leadership.error.nip") String nip,
        @Size(max = TenureRules.MAX_TEXT, message = "leadership.error.originPosition") String originPosition,
        @Size(max = TenureRules.MAX_TEXT, message = "leadership.error.originInstitution") String originInstitution,
        Echelon echelon, LegalBasis legalBasis,
        @Size(max = TenureRules.MAX_DECREE, message = "leadership.error.decreeNumber") String decreeNumber,
        @NotNull(message = "leadership.error.sworn-in")
        @PastOrPresent(message = "leadership.error.sworn-in") LocalDate swornInOn,
        LocalDate termEndsOn, EndReason previousEndReason, Long previousVersion) {

    /**
     * A NIP as people type it, or nothing: 18 digits, spaces and dots between them ignored. The birth date and sex
     * inside it, and whether the status needs one, are checked on the server ({@code TenureRules.validNip}).
     */
    public static final String NIP = "^[\\s.]*$|^[\\s.]*(\\d[\\s.]*){18}$";
}

package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/**
 * A new head as the appointment form submits it. {@code termEndsOn} may be null: a Pj then serves one
 * year, an elected head five. When the region has an active head, {@code previousEndReason} says why that
 * tenure ends and {@code previousVersion} is the version the form saw (null when it saw none).
 */
public record AppointmentDraft(HeadStatus status, String personName, String nip, String originPosition,
        String originInstitution, Echelon echelon, LegalBasis legalBasis, String decreeNumber, LocalDate swornInOn,
        LocalDate termEndsOn, EndReason previousEndReason, Long previousVersion) {
}

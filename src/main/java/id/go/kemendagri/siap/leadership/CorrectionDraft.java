package id.go.kemendagri.siap.leadership;

/**
 * Corrected details of a tenure (a misspelt name, a wrong NIP or decree number). Status and dates are not
 * corrected here: they change by appointing, extending or ending.
 */
public record CorrectionDraft(String personName, String nip, String originPosition, String originInstitution,
        Echelon echelon, LegalBasis legalBasis, String decreeNumber, long version) {
}

package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/**
 * A report received: when, and as which document number or link; for a Pj bupati/wali kota also when the
 * governor forwarded it ({@code forwardedOn}, optional; never for a Pj gubernur); {@code version} as the form saw
 * it.
 */
public record ReportDraft(LocalDate sentOn, String documentRef, LocalDate forwardedOn, long version) {
}

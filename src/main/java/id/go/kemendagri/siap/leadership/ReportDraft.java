package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** A report received: when, and as which document number or link; {@code version} as the form saw it. */
public record ReportDraft(LocalDate sentOn, String documentRef, long version) {
}

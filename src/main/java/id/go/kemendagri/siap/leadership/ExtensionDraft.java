package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** A Pj's extension: the new decree and, when not the usual one year, the new term end. */
public record ExtensionDraft(String decreeNumber, LocalDate termEndsOn, long version) {
}

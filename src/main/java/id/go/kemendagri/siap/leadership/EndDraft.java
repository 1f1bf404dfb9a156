package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** The end of a tenure without a successor yet. */
public record EndDraft(LocalDate endedOn, EndReason reason, long version) {
}

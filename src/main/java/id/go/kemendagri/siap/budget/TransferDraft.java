package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/** A transfer to add, against the grant version the form was loaded with. */
public record TransferDraft(int tranche, LocalDate date, Long amount, String reference, long grantVersion) {
}

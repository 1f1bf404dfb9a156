package id.go.kemendagri.siap.budget;

import java.time.Instant;
import java.time.LocalDate;

public record TransferDetails(long id, int tranche, LocalDate date, long amount, String reference, boolean demo,
        Instant createdAt, String createdBy) {
}

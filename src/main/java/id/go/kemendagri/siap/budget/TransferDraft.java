package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A transfer to add, against the grant version the form was loaded with. The simple rules are constraints
 * (the form shows them while typing); {@link GrantRules} holds them all with those that need the grant.
 */
public record TransferDraft(
        @Min(value = 1, message = "budget.error.transfer.tranche") int tranche,
        @NotNull(message = "budget.error.transfer.date") LocalDate date,
        @NotNull(message = "budget.error.transfer.amount") @Positive(message = "budget.error.transfer.amount") Long amount,
        @NotBlank(message = "budget.error.transfer.reference")
        @Size(max = GrantRules.MAX_TEXT, message = "budget.error.transfer.reference") String reference,
        long grantVersion) {
}

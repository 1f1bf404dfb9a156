package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A grant's figures as a form or an import row submits them. Amounts are whole Rupiah; {@code version}
 * is the version the form was loaded with. The simple rules are constraints here (the form shows them while
 * typing); {@link GrantRules}, which the service applies to every save and import row, holds them all.
 */
public record GrantDraft(
        @NotNull(message = "budget.error.stage") SigningStage stage,
        @NotNull(message = "budget.error.scheme") Scheme scheme,
        @PositiveOrZero(message = "budget.error.amount.range") Long proposed,
        @PositiveOrZero(message = "budget.error.amount.range") Long agreed,
        @Size(max = GrantRules.MAX_TEXT, message = "budget.error.nphd-number") String nphdNumber,
        LocalDate signedOn,
        @NotNull(message = "budget.error.percent") @Min(value = 0, message = "budget.error.percent")
        @Max(value = 100, message = "budget.error.percent") Integer earlierYearPercent,
        long version) {
}

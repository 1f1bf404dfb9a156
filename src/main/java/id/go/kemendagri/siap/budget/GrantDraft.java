package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/**
 * A grant's figures as a form or an import row submits them. Amounts are whole Rupiah; {@code version}
 * is the version the form was loaded with.
 */
public record GrantDraft(SigningStage stage, Scheme scheme, Long proposed, Long agreed, String nphdNumber,
        LocalDate signedOn, Integer earlierYearPercent, long version) {
}

package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A signed grant's tranches as {@link TranchePlanner} works them out: tranche I's amount and due date, and tranche
 * II's, both null for a lump sum; all null ({@link #NONE}) while the grant is not signed.
 * <p>
 * The grant stores it ({@code domain.NphdGrant}, columns {@code tranche1_amount} to {@code tranche2_due}) so that
 * grids filter on lateness in the database.
 */
@Embeddable
public record TranchePlan(Long tranche1Amount, LocalDate tranche1Due, Long tranche2Amount, LocalDate tranche2Due) {

    public static final TranchePlan NONE = new TranchePlan(null, null, null, null);
}

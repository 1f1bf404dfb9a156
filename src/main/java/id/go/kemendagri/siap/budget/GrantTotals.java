package id.go.kemendagri.siap.budget;

/** Sums over a filtered set of grants; agreed and disbursed count signed agreements only. */
public record GrantTotals(long grants, long proposed, long agreed, long disbursed) {
}

package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/**
 * A tranche of a signed grant that falls due (or fell due) and that the transfers have not reached yet:
 * {@code outstanding} is what still has to be transferred to reach it.
 */
public record TrancheDue(String regionCode, String regionName, String provinceCode, Recipient recipient, int tranche,
        LocalDate dueOn, long outstanding) {

    public boolean lateOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}

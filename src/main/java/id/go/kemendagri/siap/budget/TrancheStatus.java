package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/**
 * A tranche of a signed grant. {@code booked} is what the transfers name as this tranche; whether it is
 * complete or late goes by the cumulative total, so money sent early for tranche II still counts.
 */
public record TrancheStatus(int number, int percent, long amount, LocalDate due, long booked, boolean complete,
        boolean late) {
}

package id.go.kemendagri.siap.budget;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counts working days: Monday to Friday, except national holidays and collective leave. */
public record WorkingDays(Set<LocalDate> holidays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The {@code days}-th working day after {@code start} (the start itself does not count). */
    public LocalDate after(LocalDate start, int days) {
        var date = start;
        var counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}

package id.go.kemendagri.siap.region;

import java.time.LocalDate;

/** One stage of a cycle with its first and last day (both included). */
public record StageDates(ElectionStage stage, LocalDate startsOn, LocalDate endsOn) {

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays none = new WorkingDays(Set.of());

    @Test
    void weekends_are_skipped() {
        // Friday 5 Jan 2024: the next working day is Monday 8 Jan.
        assertThat(none.after(LocalDate.of(2024, 1, 5), 1)).isEqualTo(LocalDate.of(2024, 1, 8));
    }

    @Test
    void fourteen_working_days_without_holidays_are_two_weeks_and_four_days() {
        assertThat(none.after(LocalDate.of(2024, 4, 1), 14)).isEqualTo(LocalDate.of(2024, 4, 19));
    }

    @Test
    void holidays_are_skipped_like_weekends() {
        var lebaran = new WorkingDays(Set.of(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 9),
                LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11), LocalDate.of(2024, 4, 12),
                LocalDate.of(2024, 4, 15)));

        assertThat(lebaran.after(LocalDate.of(2024, 4, 1), 14)).isEqualTo(LocalDate.of(2024, 4, 29));
    }

    @Test
    void the_start_day_does_not_count_even_when_it_is_a_working_day() {
        assertThat(none.after(LocalDate.of(2024, 1, 8), 1)).isEqualTo(LocalDate.of(2024, 1, 9));
    }
}

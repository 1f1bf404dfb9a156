package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void numbers_use_indonesian_thousands_separators() {
        assertThat(Formats.number(1_234_567, Formats.INDONESIAN)).isEqualTo("1.234.567");
    }

    @Test
    void dates_are_written_the_indonesian_way() {
        assertThat(Formats.date(LocalDate.of(2024, 11, 27), Formats.INDONESIAN)).contains("27").contains("Nov").contains("2024");
    }

    @Test
    void times_are_shown_in_western_indonesia_time() {
        var text = Formats.dateTime(Instant.parse("2024-11-27T00:30:00Z"), Formats.INDONESIAN);

        assertThat(text).isEqualTo("27 Nov 2024 07:30");
    }
}

package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/**
 * One filled cell of an import row as the preview shows it: the file's column, the text as written, and what it
 * was read as when it could be read (an amount of Rupiah, a date, a stage or scheme), for the screen to format.
 */
public record ImportValue(String column, String text, Long amount, LocalDate date, Enum<?> word) {
}

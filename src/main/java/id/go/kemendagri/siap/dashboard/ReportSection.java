package id.go.kemendagri.siap.dashboard;

import java.util.List;

/**
 * One section of a board report: a PDF chapter and an XLSX sheet. Cells are typed so that the PDF
 * can format them and the XLSX keep them as numbers and dates: {@link String}, {@link Long} (a count),
 * {@link Money}, {@link Percent} or {@link java.time.LocalDate}; null is an empty cell.
 *
 * @param id    what the section shows (the PDF adds its charts by it)
 * @param sheet the XLSX sheet name (at most 31 characters)
 * @param notes lines shown between the title and the table
 */
record ReportSection(Id id, String sheet, String title, List<String> notes, List<String> headers,
        List<List<Object>> rows) {

    enum Id {
        HEADLINE, BANDS, FUNDS, HEADS, AREAS, LEAST_READY, UPCOMING, OVERDUE, AGED
    }

    /** Whole Rupiah. */
    record Money(long amount) {
    }

    /** A percentage (72.4 for 72,4%) shown with the given decimals. */
    record Percent(double value, int decimals) {
    }
}

package id.go.kemendagri.siap.dashboard;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A summary board as a report to download: a dated, paginated PDF for a meeting (figures, charts and
 * lists) and an XLSX workbook with one sheet per section. Indonesian unless the locale is English;
 * money as {@code Rp1.234.567}, dates as {@code 21 Oktober 2024}. The board is whatever the caller
 * was allowed to see ({@link BoardService} checks access); this class only writes it out.
 */
@Component
@RequiredArgsConstructor
public class BoardReports {

    private final Clock clock;

    /** The PDF report of a board showing real data. */
    public byte[] pdf(Board board, Locale locale) {
        return pdf(board, locale, false);
    }

    /** The PDF report; {@code demo} adds a note that the figures are demonstration data. */
    public byte[] pdf(Board board, Locale locale, boolean demo) {
        return BoardPdf.write(board, new ReportTexts(locale), clock.instant(), demo);
    }

    /** The XLSX report of a board showing real data. */
    public byte[] xlsx(Board board, Locale locale) {
        return xlsx(board, locale, false);
    }

    /** The XLSX report; {@code demo} adds a note that the figures are demonstration data. */
    public byte[] xlsx(Board board, Locale locale, boolean demo) {
        return BoardXlsx.write(board, new ReportTexts(locale), clock.instant(), demo);
    }

    /**
     * {@code ringkasan-nasional-2024-10-21.pdf} or {@code ringkasan-62-kalimantan-tengah-2024-10-21.xlsx}:
     * the scope and the board's date, in plain lower-case ASCII whatever the language.
     *
     * @param extension without the dot, e.g. {@code pdf}
     */
    public String fileName(Board board, String extension) {
        var name = slug(board.provinceName());
        var scope = board.national() ? "nasional" : name.isEmpty() ? board.provinceCode() : board.provinceCode() + "-" + name;
        return "ringkasan-" + scope + "-" + board.today() + "." + extension;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

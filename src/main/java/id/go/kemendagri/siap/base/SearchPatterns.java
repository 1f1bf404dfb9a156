package id.go.kemendagri.siap.base;

import java.util.Locale;

/** The LIKE patterns behind the grids' search boxes, with the wildcards users type taken literally. */
public final class SearchPatterns {

    private SearchPatterns() {
    }

    /** {@code %text%} in lower case for {@code lower(column) like}, or null for an empty search. */
    public static String contains(String search) {
        return search == null || search.isBlank() ? null : "%" + escape(search.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code text%} for a code prefix, or null for an empty search. */
    public static String prefix(String search) {
        return search == null || search.isBlank() ? null : escape(search.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

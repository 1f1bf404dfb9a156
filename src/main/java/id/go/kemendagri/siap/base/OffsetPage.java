package id.go.kemendagri.siap.base;

import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Offset paging as Vaadin's lazy data providers ask for it (the offset need not be a multiple of the
 * limit), plus the LIKE patterns the grids' search boxes use.
 */
public record OffsetPage(int offset, int limit, Sort sort) implements Pageable {

    @Override
    public int getPageNumber() {
        return offset / Math.max(1, limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPage(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage(pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    /** {@code %text%} in lower case for {@code lower(column) like}, or null for an empty search. */
    public static String containsPattern(String search) {
        return search == null || search.isBlank() ? null : "%" + escape(search.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code text%} for a code prefix, or null for an empty search. */
    public static String prefixPattern(String search) {
        return search == null || search.isBlank() ? null : escape(search.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

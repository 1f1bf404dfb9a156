package id.go.kemendagri.siap.base;

import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The page a lazy list asks a service for. A grid's data provider passes
 * {@code VaadinSpringDataHelpers.toSpringPageRequest(query)}: page and size, with the sort properties of the
 * grid's sorted columns. The service keeps its own order: the caller's sort is either dropped ({@link #in}) or
 * mapped through the service's allowed properties ({@link #sorted}); a property it does not know is ignored and
 * never reaches a query.
 */
public final class Pages {

    private Pages() {
    }

    /** The requested page and size in the service's fixed {@code order}; the caller's sort is dropped. */
    public static Pageable in(Pageable requested, Sort order) {
        return PageRequest.of(requested.getPageNumber(), Math.max(1, requested.getPageSize()), order);
    }

    /** The first {@code limit} rows in {@code order} (a panel's top rows, not a lazy list). */
    public static Pageable first(int limit, Sort order) {
        return PageRequest.of(0, Math.max(1, limit), order);
    }

    /**
     * The requested page and size, sorted by the first requested property that {@code allowed} knows (its value
     * builds the service's sort in the requested direction), else in {@code fallback}.
     */
    public static Pageable sorted(Pageable requested, Map<String, Function<Sort.Direction, Sort>> allowed,
            Sort fallback) {
        var sort = requested.getSort().stream().filter(order -> allowed.containsKey(order.getProperty())).findFirst()
                .map(order -> allowed.get(order.getProperty()).apply(order.getDirection())).orElse(fallback);
        return in(requested, sort);
    }
}

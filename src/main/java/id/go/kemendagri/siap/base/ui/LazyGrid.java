package id.go.kemendagri.siap.base.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.data.domain.Pageable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.function.ValueProvider;

/**
 * How a lazy list's grid is fed, written once (docs/development.md "How to write a lazy list"): pages of
 * {@link #PAGE_SIZE} rows asked from the feature's service ({@code toSpringPageRequest}: page = offset / size), the
 * count from the service, rows identified by id (so that a re-read row replaces the loaded one, {@link LiveRows}),
 * the grid filling its place.
 */
public final class LazyGrid {

    /** The rows a lazy list asks for at once. */
    public static final int PAGE_SIZE = 50;

    private LazyGrid() {
    }

    /** Feeds {@code grid} from {@code page} and {@code count}, which read the list's current filter each time. */
    public static <T> void feed(Grid<T> grid, Function<Pageable, List<T>> page, LongSupplier count,
            ValueProvider<T, Object> id) {
        grid.setItems(new CallbackDataProvider<T, Void>(query -> page.apply(toSpringPageRequest(query)).stream(),
                query -> (int) count.getAsLong(), id));
        grid.setPageSize(PAGE_SIZE);
        grid.setSizeFull();
    }
}

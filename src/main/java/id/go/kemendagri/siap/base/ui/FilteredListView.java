package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import org.springframework.data.domain.Pageable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A list page of rows {@code T} under a {@link FilterBar} of filter {@code F}: the grid is lazy and paged
 * (one page, one count), the filter lives in the address, and a count line above the grid says how many rows
 * the filter selects. A subclass builds its bar with {@link #filterChanged} as the bar's callback, its grid's
 * columns, and says how to show the count; live updates call {@link #recount} before refreshing rows.
 */
public abstract class FilteredListView<T, F> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String route;
    private final String titleKey;
    private FilterBar<F> bar;
    private Grid<T> rows;
    private F filter;
    /** The filtered count the count line (and so the grid) last showed. */
    private long shownCount = -1;

    /**
     * @param route the view's route, for the address
     * @param titleKey the translation key of the page title
     * @param all the filter before the address is read
     */
    protected FilteredListView(String route, String titleKey, F all) {
        this.route = route;
        this.titleKey = titleKey;
        this.filter = all;
        setSizeFull();
    }

    /**
     * Feeds the grid page by page for the current filter. Rows are identified by {@code id}, so that a re-read
     * row replaces the loaded one (live updates).
     */
    protected final void lazyList(FilterBar<F> filters, Grid<T> grid, BiFunction<F, Pageable, List<T>> page,
            ToLongFunction<F> count, ValueProvider<T, Object> id) {
        this.bar = filters;
        this.rows = grid;
        LazyGrid.feed(grid, pageable -> page.apply(filter, pageable), () -> count.applyAsLong(filter), id);
    }

    /** The filter the list shows. */
    protected final F filter() {
        return filter;
    }

    /** Shows the count line for {@code filter}; returns the count. */
    protected abstract long showCount(F filter);

    /** The bar's fields changed: the list shows the new filter, which goes into the address. */
    protected final void filterChanged() {
        filter = bar.filter();
        refresh();
        Address.replace(this, route, bar.toQuery(filter));
    }

    /** Re-reads the count line (rows changed elsewhere); whether the count changed. */
    protected final boolean recount() {
        var before = shownCount;
        shownCount = showCount(filter);
        return shownCount != before;
    }

    /** Reloads the grid and the count line (a change elsewhere the rows cannot follow one by one). */
    protected final void refresh() {
        rows.getDataProvider().refreshAll();
        recount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bar.apply(event.getLocation().getQueryParameters());
        filter = bar.filter();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;

/**
 * How a lazy grid takes a batch of live changes: it re-reads only the changed rows and redraws those the
 * browser has loaded, so that scroll position and selection stay, and reloads the page only when the set
 * of rows or their order may have changed.
 * <p>
 * The rule. The view re-reads the rows the batch touched (by id or region, within the user's scope and
 * the parts of the filter no edit can change) and knows which of them pass its whole filter now. It
 * reloads everything ({@code refreshAll}) when
 * <ol>
 * <li>the batch is large (more than {@link #MAX_REGIONS} regions, an import): one page query is cheaper
 * than reading rows one by one;</li>
 * <li>the filtered count changed: a row entered or left the set;</li>
 * <li>a loaded row no longer passes the filter, or its place in the order moved (the order is on
 * something an edit changes, such as a term end);</li>
 * <li>the filter or the order depends on something an edit changes and a changed row passes the filter
 * but is not loaded: it may just have entered the set, or moved into view, and nothing here tells.</li>
 * </ol>
 * Otherwise each loaded changed row is refreshed in place ({@code refreshItem}); rows that are not loaded
 * need nothing, the grid reads them when it scrolls there. The grid's data provider must identify rows by
 * id (a {@code CallbackDataProvider} with an id getter, or {@code setIdentifierProvider}), or a re-read row
 * would not be recognised as the loaded one.
 */
public final class LiveRows {

    /** Above this many changed regions in one push, reloading the page is cheaper than re-reading rows. */
    public static final int MAX_REGIONS = 50;

    private LiveRows() {
    }

    /** Rule 1: a batch touching more than {@link #MAX_REGIONS} regions or items reloads the grid once. */
    public static boolean reloadIfLarge(Grid<?> grid, Collection<?> touched) {
        if (touched.size() > MAX_REGIONS) {
            grid.getDataProvider().refreshAll();
            return true;
        }
        return false;
    }

    /**
     * Applies the rule above.
     *
     * @param changed      the changed rows as stored now (scope and fixed filter parts applied)
     * @param passes       whether such a row passes the grid's whole filter now
     * @param volatileSet  the filter selects on something an edit can change (a status, a band, lateness)
     * @param place        what the row's position depends on that an edit can change; null when the order is
     *                     on fixed values only (a code, a name)
     * @param countChanged the filtered count is not the one the grid showed
     * @return true when everything was reloaded
     */
    public static <T> boolean refresh(Grid<T> grid, Collection<T> changed, Predicate<T> passes, boolean volatileSet,
            Function<T, ?> place, boolean countChanged) {
        if (countChanged || mayHaveMoved(grid, changed, passes, volatileSet || place != null, place)) {
            grid.getDataProvider().refreshAll();
            return true;
        }
        var communicator = grid.getDataCommunicator();
        changed.stream().filter(passes).filter(communicator::isItemActive)
                .forEach(row -> grid.getDataProvider().refreshItem(row));
        return false;
    }

    /**
     * The rule for a list of regions' rows under a filter (grants, heads): re-reads the touched regions' rows,
     * under only the filter's fixed part when the filter selects on something an edit changes (so that a row which
     * left the set is seen too), learns which of them pass the whole filter, and applies {@link #refresh}.
     *
     * @param filter       the grid's filter
     * @param volatileSet  the filter selects on something an edit can change
     * @param fixedPart    the part of the filter no edit can change (scope, province, recipient)
     * @param rows         reads the rows of some regions under a filter
     * @param id           a row's identity (the data provider's id)
     * @param place        as in {@link #refresh}
     */
    public static <T, F> void refreshRegions(Grid<T> grid, Collection<String> regions, F filter, boolean volatileSet,
            F fixedPart, BiFunction<F, Collection<String>, List<T>> rows, Function<T, ?> id, Function<T, ?> place,
            boolean countChanged) {
        if (reloadIfLarge(grid, regions)) {
            return;
        }
        var changed = rows.apply(volatileSet ? fixedPart : filter, regions);
        var passing = (volatileSet ? rows.apply(filter, regions) : changed).stream().map(id)
                .collect(Collectors.toSet());
        refresh(grid, changed, row -> passing.contains(id.apply(row)), volatileSet, place, countChanged);
    }

    private static <T> boolean mayHaveMoved(Grid<T> grid, Collection<T> changed, Predicate<T> passes,
            boolean editable, Function<T, ?> place) {
        var communicator = grid.getDataCommunicator();
        var keys = communicator.getKeyMapper();
        for (var row : changed) {
            var loaded = communicator.isItemActive(row);
            var in = passes.test(row);
            if (loaded && !in) {
                return true;
            }
            if (loaded && place != null && !Objects.equals(place.apply(keys.get(keys.key(row))), place.apply(row))) {
                return true;
            }
            if (!loaded && in && editable) {
                return true;
            }
        }
        return false;
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.Set;
import java.util.function.LongSupplier;

import id.go.kemendagri.siap.base.RegionChange;

/**
 * A number shown beside a menu entry (for example overdue reports), contributed by a feature as a
 * Spring bean. {@link #count()} must be a cheap aggregate query scoped to the current user; it may depend
 * on the user's role and province only (counts are shared by everyone with the same role and province, see
 * {@link MenuCounts}). Open screens are told anew when a change of one of {@link #movedBy()} is committed.
 */
public interface MenuCount {

    /** The menu entry's path without a leading slash, as in its {@code @Route}, e.g. {@code kepala-daerah/peringatan}. */
    String path();

    /** The number to show; zero hides the badge. */
    long count();

    /** The kinds of committed change that can move the number; the others leave it as it is. */
    Set<Class<? extends RegionChange>> movedBy();

    /** A count beside {@code path} that asks {@code counter} each time and moves with {@code movedBy}. */
    static MenuCount of(String path, LongSupplier counter, Set<Class<? extends RegionChange>> movedBy) {
        return new Of(path, counter, movedBy);
    }

    /** What {@link #of} returns. */
    record Of(String path, LongSupplier counter, Set<Class<? extends RegionChange>> movedBy) implements MenuCount {

        @Override
        public long count() {
            return counter.getAsLong();
        }
    }
}

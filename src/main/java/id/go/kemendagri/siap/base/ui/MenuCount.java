package id.go.kemendagri.siap.base.ui;

/**
 * A number shown beside a menu entry (for example overdue reports), contributed by a feature as a
 * Spring bean. The shell asks again after every navigation; {@link #count()} must be a cheap
 * aggregate query scoped to the current user.
 */
public interface MenuCount {

    /** The menu entry's path without a leading slash, as in its {@code @Route}, e.g. {@code kepala-daerah/peringatan}. */
    String path();

    /** The number to show; zero hides the badge. */
    long count();
}

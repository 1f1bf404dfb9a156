package id.go.kemendagri.siap.base;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who and when the auditing listener stamps on the rows flushed by this thread ({@link Stamped}'s
 * {@code updated_at}/{@code updated_by}, and {@code created_at}/{@code created_by} where a table has them).
 * Outside a scope the providers of {@link StampsConfig} answer the application clock and the signed-in user (else
 * {@value #SYSTEM}); inside {@link #as} they answer the scope's actor and time, and inside {@link #keeping} nothing, so
 * that the listener leaves the stamps as they are.
 * <p>
 * The listener runs when a row is flushed ({@code @PrePersist}, {@code @PreUpdate}), not when it is changed: the
 * work in a scope must flush what it wrote before the scope ends (a {@code saveAndFlush}, a repository's
 * {@code flush()}), and rows of the caller that should carry the caller's stamp must be flushed before the scope
 * starts. Scopes nest; the previous one is always restored.
 */
public final class Stamps {

    /** The actor of derived work: what the application changes by itself, even while a user is signed in. */
    public static final String SYSTEM = "system";

    /** The actor of the demo data the generators write at start-up (some rows have the demo's own actors). */
    public static final String DEMO = "demo";

    /** A scope's stamp; both null: keep the stamps the rows have. */
    private record Scope(String actor, Instant at) {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private Stamps() {
    }

    /** Runs the work with every row it flushes stamped by {@code actor} at {@code at}. */
    public static <T> T as(String actor, Instant at, Supplier<T> work) {
        return within(new Scope(java.util.Objects.requireNonNull(actor), java.util.Objects.requireNonNull(at)), work);
    }

    /** As {@link #as(String, Instant, Supplier)}, for work without a result. */
    public static void as(String actor, Instant at, Runnable work) {
        as(actor, at, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work leaving the stamps of the rows it flushes as they are: a change that is not an edit of the row
     * (a verdict on a checklist item, names kept in step, a copied summary) and slots nobody has written yet.
     */
    public static <T> T keeping(Supplier<T> work) {
        return within(new Scope(null, null), work);
    }

    /** As {@link #keeping(Supplier)}, for work without a result. */
    public static void keeping(Runnable work) {
        keeping(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        var previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * The actor to stamp: the scope's, none inside {@link #keeping}, else {@code outside} (the signed-in user or
     * {@value #SYSTEM}).
     */
    public static Optional<String> actor(Supplier<String> outside) {
        var scope = CURRENT.get();
        return scope == null ? Optional.of(outside.get()) : Optional.ofNullable(scope.actor());
    }

    /** The time to stamp, in the same way as {@link #actor}. */
    public static Optional<Instant> at(Supplier<Instant> outside) {
        var scope = CURRENT.get();
        return scope == null ? Optional.of(outside.get()) : Optional.ofNullable(scope.at());
    }
}

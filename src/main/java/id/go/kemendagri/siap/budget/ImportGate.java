package id.go.kemendagri.siap.budget;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of imports run at once on this node, and one per user: a user whose earlier import is
 * still running is refused at once; when all places are taken, an import waits for one up to {@code wait}
 * and is then refused. Either way the user gets a message within seconds, never an endless spinner, and the
 * server never parses more files at once than it was sized for.
 */
final class ImportGate {

    /** An import refused at the gate; {@link #key()} explains why. */
    static final class Busy extends RuntimeException {
        private final String key;

        Busy(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** A place held; closing it lets the next import in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore places;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Duration wait;

    ImportGate(int places, Duration wait) {
        this.places = new Semaphore(Math.max(1, places), true);
        this.wait = wait;
    }

    /**
     * @throws Busy with {@code budget.import.error.busy-user} when the user already has an import running, or
     *              {@code budget.import.error.busy} when no place came free in time
     */
    Permit enter(String user) {
        if (!running.add(user)) {
            throw new Busy("budget.import.error.busy-user");
        }
        boolean entered;
        try {
            entered = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            running.remove(user);
            throw new Busy("budget.import.error.busy");
        }
        var open = new java.util.concurrent.atomic.AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                places.release();
                running.remove(user);
            }
        };
    }

    int available() {
        return places.availablePermits();
    }
}

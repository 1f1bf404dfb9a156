package id.go.kemendagri.siap.base.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.RegionChange;

/**
 * The numbers beside the menu entries, shared by everyone with the same role and province: a count is
 * computed once after each committed change that can move it ({@link MenuCount#movedBy()}), not once per open
 * screen, and again at the latest after {@link #MAX_AGE} (deadlines pass with the date). The cache is marked
 * stale before the live-update hub tells the screens, as for the boards.
 */
@Component
public class MenuCounts {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** A count of one menu entry for one role and province on one day (deadlines pass with the date). */
    private record Key(String path, String scope, LocalDate day) {
    }

    private record Cached(long generation, Instant at, long value) {
    }

    private final List<MenuCount> counts;
    private final SessionProfiles profiles;
    private final Clock clock;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    MenuCounts(List<MenuCount> counts, SessionProfiles profiles, Clock clock) {
        this.counts = counts;
        this.profiles = profiles;
        this.clock = clock;
        counts.forEach(count -> generations.put(count.path(), new AtomicLong()));
    }

    /** The signed-in user's counts by menu path. */
    public Map<String, Long> current() {
        var scope = profiles.current().map(profile -> profile.roleKey() + "|" + profile.provinceCode()).orElse("");
        var today = Formats.today(clock);
        cache.keySet().removeIf(key -> !key.day().equals(today));
        var result = new LinkedHashMap<String, Long>();
        for (var count : counts) {
            var key = new Key(count.path(), scope, today);
            var generation = generations.get(count.path()).get();
            var cached = cache.get(key);
            if (cached == null || cached.generation() != generation
                    || Duration.between(cached.at(), clock.instant()).compareTo(MAX_AGE) >= 0) {
                cached = new Cached(generation, clock.instant(), count.count());
                cache.put(key, cached);
            }
            result.put(count.path(), cached.value());
        }
        return result;
    }

    /** Whether a committed change can move any count (screens then redraw their menu). */
    public boolean movedBy(RegionChange change) {
        return counts.stream().anyMatch(count -> moves(count, change));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onCommitted(RegionChange change) {
        counts.stream().filter(count -> moves(count, change))
                .forEach(count -> generations.get(count.path()).incrementAndGet());
    }

    private static boolean moves(MenuCount count, RegionChange change) {
        return count.movedBy().stream().anyMatch(type -> type.isInstance(change));
    }
}

package id.go.kemendagri.siap.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.security.RegionAccess;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The summary boards, for leadership, evaluators and administrators (the national board and any
 * province board) and for provincial staff (their own province's board only).
 * <p>
 * Boards are shared between screens: a board is rebuilt only after a committed change (any
 * {@link RegionChange}) or once it is older than {@link #MAX_AGE} (deadlines move with the date), so
 * a hundred open boards cost one rebuild per change, not a hundred. The cache is marked stale before
 * the live-update hub tells the screens, so a screen that reloads on a change sees it. Each build is timed
 * ({@code siap.board.build}, tagged national or province).
 */
@Service
public class BoardService {

    /** The headline figures that carry their own "last updated" time. */
    public enum Figure {
        READY, READINESS, FUNDS, HEADS, OVERDUE
    }

    /**
     * A board and when each headline figure last changed (or was first computed). Screens showing the
     * same snapshot share what they draw from it ({@link #drawing}), once per language, so that an open
     * board keeps no copy of its own.
     */
    public record Snapshot(Board board, Map<Figure, Instant> changedAt, Map<Object, Object> drawings) {

        public Snapshot(Board board, Map<Figure, Instant> changedAt) {
            this(board, changedAt, new ConcurrentHashMap<>());
        }

        /** What a screen drew from this snapshot under this key (its language, say), drawn by the first asking. */
        @SuppressWarnings("unchecked")
        public <T> T drawing(Object key, java.util.function.Supplier<T> draw) {
            return (T) drawings.computeIfAbsent(key, k -> draw.get());
        }
    }

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final BoardBuilder builder;
    private final RegionAccess access;
    private final ProvinceDirectory provinces;
    private final Clock clock;
    private final Timer nationalBuild;
    private final Timer provinceBuild;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    BoardService(BoardBuilder builder, RegionAccess access, ProvinceDirectory provinces, Clock clock,
            MeterRegistry meters) {
        this.builder = builder;
        this.access = access;
        this.provinces = provinces;
        this.clock = clock;
        this.nationalBuild = buildTimer(meters, "national");
        this.provinceBuild = buildTimer(meters, "province");
    }

    private static Timer buildTimer(MeterRegistry meters, String scope) {
        return Timer.builder("siap.board.build").description("Time to build a summary board from the database")
                .tag("scope", scope).publishPercentiles(0.5, 0.95).register(meters);
    }

    /** The national board; provincial staff are refused (their board is their province's). */
    public Snapshot national() {
        access.currentUser();
        if (access.provinceScope().isPresent()) {
            throw new AccessDeniedException("Provincial staff see their own province's board");
        }
        return snapshot(null);
    }

    /** A province's board; provincial staff may open their own only. */
    public Snapshot province(String provinceCode) {
        access.currentUser();
        var scope = access.provinceScope();
        if (scope.isPresent() && !scope.get().equals(provinceCode)) {
            throw new AccessDeniedException("Provincial staff see their own province's board");
        }
        if (!provinces.isProvince(provinceCode)) {
            throw new NotFoundException("province " + provinceCode);
        }
        return snapshot(provinceCode);
    }

    /** The board a user lands on: their province's for staff, the national one for everyone else. */
    public java.util.Optional<String> homeProvince() {
        return access.provinceScope();
    }

    /** Always builds afresh, bypassing the cache: for the benchmark and the statement-count test. */
    Board buildUncached(String provinceCode) {
        return builder.build(provinceCode);
    }

    /** Runs before the live-update hub (lowest order first), so that screens reloading find the cache stale. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onCommitted(RegionChange change) {
        generation.incrementAndGet();
    }

    private Snapshot snapshot(String provinceCode) {
        var key = provinceCode == null ? "" : provinceCode;
        var current = cache.get(key);
        var wanted = generation.get();
        if (fresh(current, wanted)) {
            return current.snapshot();
        }
        synchronized (lock(key)) {
            current = cache.get(key);
            wanted = generation.get();
            if (fresh(current, wanted)) {
                return current.snapshot();
            }
            var board = (provinceCode == null ? nationalBuild : provinceBuild).record(() -> builder.build(provinceCode));
            var snapshot = new Snapshot(board, changedAt(current == null ? null : current.snapshot(), board));
            cache.put(key, new Entry(wanted, clock.instant(), snapshot));
            return snapshot;
        }
    }

    private boolean fresh(Entry entry, long wanted) {
        return entry != null && entry.generation() == wanted
                && Duration.between(entry.builtAt(), clock.instant()).compareTo(MAX_AGE) < 0;
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lock(String key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }

    /** Keeps a figure's time while its values stay the same; a new or changed figure gets the build time. */
    static Map<Figure, Instant> changedAt(Snapshot previous, Board board) {
        var result = new EnumMap<Figure, Instant>(Figure.class);
        for (var figure : Figure.values()) {
            var keep = previous != null
                    && Objects.equals(values(figure, previous.board()), values(figure, board));
            result.put(figure, keep ? previous.changedAt().get(figure) : board.builtAt());
        }
        return result;
    }

    private static Object values(Figure figure, Board board) {
        var h = board.headline();
        return switch (figure) {
            case READY -> java.util.List.of(h.regions(), h.ready(), board.bands());
            case READINESS -> java.util.List.of(h.averageVerified(), h.averageReported(), h.waitingVerification());
            case FUNDS -> board.funds();
            case HEADS -> java.util.List.of(h.pjRegions(), h.caretakerRegions(), board.heads());
            case OVERDUE -> board.overdueCounts();
        };
    }

    private record Entry(long generation, Instant builtAt, Snapshot snapshot) {
    }
}

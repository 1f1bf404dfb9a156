package id.go.kemendagri.siap.checklist;

import static id.go.kemendagri.siap.checklist.ChecklistFigures.count;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.region.RegionLevel;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Readiness per province and per region, per theme, for other systems (the read API): aggregate queries
 * only (a fixed number of statements whatever the size), confined to what the caller may read, and
 * optionally only what changed since a moment.
 * <p>
 * The country's readiness per province is what other systems poll most: it is computed once and shared
 * until a checklist item changes (the commit of a {@link ChecklistItemChanged}) or it is a minute old (a
 * template published meanwhile re-links items without one), like the boards.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadinessFeed {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Shared(long generation, Instant computedAt, List<ReadinessRecord> provinces) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Shared shared;

    private final ChecklistItemRepository items;
    private final PilkadaRegions regions;
    private final ProvinceDirectory provinces;
    private final RegionAccess access;
    private final Clock clock;

    /**
     * Every province (or the one asked, or the caller's own) with items, by code: from the shared figures,
     * or four statements when they are stale or only changes are asked for.
     */
    public List<ReadinessRecord> byProvince(String provinceCode, Instant changedSince) {
        var province = access.readableProvince(provinceCode);
        if (changedSince != null) {
            return computeByProvince(province, changedSince);
        }
        var all = country();
        return province == null ? all : all.stream().filter(r -> r.code().equals(province)).toList();
    }

    /** As {@link #byProvince} for every province the caller may read, always computed afresh: for benchmarks. */
    public List<ReadinessRecord> byProvinceUncached() {
        return computeByProvince(access.readableProvince(null), null);
    }

    /** Runs before the screens are told, so that a client polling right after a change gets it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void onCommitted(ChecklistItemChanged change) {
        generation.incrementAndGet();
    }

    private List<ReadinessRecord> country() {
        var wanted = generation.get();
        var current = shared;
        var now = clock.instant();
        if (current != null && current.generation() == wanted && !current.computedAt().isAfter(now)
                && current.computedAt().plus(MAX_AGE).isAfter(now)) {
            return current.provinces();
        }
        var rows = computeByProvince(null, null);
        shared = new Shared(wanted, now, rows);
        return rows;
    }

    private List<ReadinessRecord> computeByProvince(String province, Instant changedSince) {
        var cycleId = regions.currentCycle().id();
        var rows = items.themeFiguresByProvince(cycleId, province, changedSince, ItemStatus.SELESAI,
                ItemStatus.TIDAK_BERLAKU, Verification.WAITING, Verification.VERIFIED);
        var counts = items.regionCountsByProvince(cycleId, province, changedSince).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        var names = provinces.names();
        return List.copyOf(records(rows, code -> names.getOrDefault(code, code), code -> code,
                code -> counts.getOrDefault(code, 0L)));
    }

    /**
     * Up to {@code limit} regions with items after {@code afterCode} (null: from the start), by code:
     * three statements (the page's regions, their figures, their names).
     */
    public List<ReadinessRecord> byRegion(String provinceCode, RegionLevel level, Instant changedSince,
            String afterCode, int limit) {
        var province = access.readableProvince(provinceCode);
        var cycleId = regions.currentCycle().id();
        var codes = items.findRegionsWithItems(cycleId, province, level == null ? null : level.name(), afterCode,
                changedSince, Limit.of(limit));
        if (codes.isEmpty()) {
            return List.of();
        }
        var rows = items.themeFiguresByRegion(cycleId, province, codes, ItemStatus.SELESAI, ItemStatus.TIDAK_BERLAKU,
                Verification.WAITING, Verification.VERIFIED);
        var names = regions.names(codes);
        return records(rows, code -> names.getOrDefault(code, code), code -> code.substring(0, 2), code -> 1L);
    }

    /** Rows of (code, THEME_FIGURES) grouped by code and theme into one record per code, by code. */
    private static List<ReadinessRecord> records(List<Object[]> rows, java.util.function.Function<String, String> name,
            java.util.function.Function<String, String> province,
            java.util.function.Function<String, Long> regionCount) {
        var byCode = new LinkedHashMap<String, List<Object[]>>();
        rows.stream().sorted(Comparator.comparing(row -> (String) row[0]))
                .forEach(row -> byCode.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(row));
        var result = new ArrayList<ReadinessRecord>(byCode.size());
        for (Map.Entry<String, List<Object[]>> entry : byCode.entrySet()) {
            var themes = entry.getValue().stream().map(ReadinessFeed::theme)
                    .sorted(Comparator.comparing(ThemeReadiness::theme)).toList();
            var changedAt = entry.getValue().stream().map(row -> (Instant) row[11]).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            var code = entry.getKey();
            result.add(new ReadinessRecord(code, name.apply(code), province.apply(code), regionCount.apply(code),
                    ThemeReadiness.sum(null, themes), themes, changedAt));
        }
        return result;
    }

    private static ThemeReadiness theme(Object[] row) {
        return new ThemeReadiness((Theme) row[1], count(row[2]), count(row[3]), count(row[4]), count(row[5]),
                count(row[6]), new Readiness(count(row[7]), count(row[8]), count(row[9]), count(row[10])));
    }
}

package id.go.kemendagri.siap.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.region.RegionLevel;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Readiness per province and per region, per theme, for other systems (the read API): aggregate queries
 * only (a fixed number of statements whatever the size), confined to what the caller may read, and
 * optionally only what changed since a moment.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessFeed {

    private final ChecklistItemRepository items;
    private final PilkadaRegions regions;
    private final ProvinceDirectory provinces;
    private final RegionAccess access;

    ReadinessFeed(ChecklistItemRepository items, PilkadaRegions regions, ProvinceDirectory provinces,
            RegionAccess access) {
        this.items = items;
        this.regions = regions;
        this.provinces = provinces;
        this.access = access;
    }

    /** Every province (or the one asked, or the caller's own) with items, by code: three statements. */
    public List<ReadinessRecord> byProvince(String provinceCode, Instant changedSince) {
        var province = access.readableProvince(provinceCode);
        var cycleId = regions.currentCycle().id();
        var rows = items.themeFiguresByProvince(cycleId, province, changedSince, ItemStatus.SELESAI,
                ItemStatus.TIDAK_BERLAKU, Verification.WAITING, Verification.VERIFIED);
        var counts = items.regionCountsByProvince(cycleId, province, changedSince).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        var names = provinces.provinces().stream()
                .collect(Collectors.toMap(ProvinceDirectory.Province::code, ProvinceDirectory.Province::name));
        return records(rows, code -> names.getOrDefault(code, code), code -> code,
                code -> counts.getOrDefault(code, 0L));
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
        return new ThemeReadiness((Theme) row[1], n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]),
                new Readiness(n(row[7]), n(row[8]), n(row[9]), n(row[10])));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

package id.go.kemendagri.siap.region;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.base.SearchPatterns;
import id.go.kemendagri.siap.region.domain.DeskContactRepository;
import id.go.kemendagri.siap.region.domain.ElectionCycle;
import id.go.kemendagri.siap.region.domain.ElectionCycleRepository;
import id.go.kemendagri.siap.region.domain.RegionRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Reads regions for the screens, within what the signed-in user may see: provincial staff only ever
 * get their own province, whatever filter they ask for.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionService implements ProvinceDirectory {

    private final RegionRepository regions;
    private final ElectionCycleRepository cycles;
    private final DeskContactRepository contacts;
    private final RegionAccess access;

    /** The sort properties {@link #page} accepts; any other is ignored (by code). */
    private static final java.util.Map<String, java.util.function.Function<Sort.Direction, Sort>> SORTS = java.util.Map.of(
            "code", direction -> Sort.by(direction, "code"),
            "name", direction -> Sort.by(direction, "name").and(Sort.by("code")));

    /**
     * One page of regions: a single query, never the whole table. Sorted by {@code page}'s first sort property
     * among {@code code} and {@code name}, by code otherwise.
     */
    public List<RegionRow> page(RegionFilter filter, Pageable page) {
        var scoped = scope(filter);
        return regions.findRows(currentCycle().getId(), scoped.provinceCode(), scoped.level(), scoped.holdsPilkada(),
                SearchPatterns.contains(scoped.search()), SearchPatterns.prefix(scoped.search()),
                Pages.sorted(page, SORTS, Sort.by("code")));
    }

    /**
     * Every official region matching the filter, by code, whoever is (or is not) signed in: reference
     * data for start-up work such as demo data and for other features' services. Screens use
     * {@link #page}, which scopes provincial staff to their province.
     */
    public List<RegionRow> reference(RegionFilter filter) {
        return regions.findRows(currentCycle().getId(), filter.provinceCode(), filter.level(), filter.holdsPilkada(),
                SearchPatterns.contains(filter.search()), SearchPatterns.prefix(filter.search()),
                Pages.first(1000, Sort.by("code")));
    }

    public long count(RegionFilter filter) {
        var scoped = scope(filter);
        return regions.countRows(currentCycle().getId(), scoped.provinceCode(), scoped.level(), scoped.holdsPilkada(),
                SearchPatterns.contains(scoped.search()), SearchPatterns.prefix(scoped.search()));
    }

    public RegionDetails details(String code) {
        access.requireRead(code);
        return regions.findDetails(code, currentCycle().getId())
                .orElseThrow(() -> new NotFoundException("region " + code));
    }

    public Optional<RegionDetails> findDetails(String code) {
        if (code == null || !access.canRead(code)) {
            return Optional.empty();
        }
        return regions.findDetails(code, currentCycle().getId());
    }

    public RegionSummary summary() {
        var cycle = currentCycle();
        long provinces = 0;
        long kabupaten = 0;
        long kota = 0;
        long holding = 0;
        long provincesHolding = 0;
        for (var row : regions.countByLevelAndPilkada(cycle.getId())) {
            var level = (RegionLevel) row[0];
            var holds = (Boolean) row[1];
            var count = ((Number) row[2]).longValue();
            switch (level) {
                case PROVINSI -> provinces += count;
                case KABUPATEN -> kabupaten += count;
                case KOTA -> kota += count;
            }
            if (holds) {
                holding += count;
                if (level == RegionLevel.PROVINSI) {
                    provincesHolding += count;
                }
            }
        }
        return new RegionSummary(cycle.getName(), cycle.getVoteDate(), provinces, kabupaten, kota, holding,
                provincesHolding, contacts.count());
    }

    /**
     * Official names of the given regions in one query, for screens of other features that show codes.
     * Unknown codes are absent from the result; read access is the caller's business (names are public).
     */
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        var result = new java.util.HashMap<String, String>();
        for (var row : regions.findNames(codes)) {
            result.put((String) row[0], (String) row[1]);
        }
        return result;
    }

    /** Provinces the signed-in user may choose in a filter: all, or only their own. */
    public List<Province> visibleProvinces() {
        var scope = access.provinceScope();
        return provinces().stream().filter(p -> scope.isEmpty() || scope.get().equals(p.code())).toList();
    }

    @Override
    public List<Province> provinces() {
        return regions.findByLevelOrderByCode(RegionLevel.PROVINSI).stream()
                .map(r -> new Province(r.getCode(), r.getName())).toList();
    }

    @Override
    public boolean isProvince(String code) {
        return code != null && regions.findById(code).filter(r -> r.getLevel() == RegionLevel.PROVINSI).isPresent();
    }

    ElectionCycle currentCycle() {
        return cycles.findFirstByCurrentTrue().orElseThrow(() -> new IllegalStateException("No current election cycle"));
    }

    /** Provincial staff see their own province: asking for another yields nothing (the URL may be a shared link). */
    private RegionFilter scope(RegionFilter filter) {
        return filter.withProvince(access.readableProvince(filter.provinceCode()));
    }
}

package id.go.kemendagri.siap.region;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.OffsetPageRequest;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.region.domain.DeskContactRepository;
import id.go.kemendagri.siap.region.domain.ElectionCycle;
import id.go.kemendagri.siap.region.domain.ElectionCycleRepository;
import id.go.kemendagri.siap.region.domain.RegionRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Reads regions for the screens, within what the signed-in user may see: provincial staff only ever
 * get their own province, whatever filter they ask for.
 */
@Service
@Transactional(readOnly = true)
public class RegionService implements ProvinceDirectory {

    private final RegionRepository regions;
    private final ElectionCycleRepository cycles;
    private final DeskContactRepository contacts;
    private final RegionAccess access;

    RegionService(RegionRepository regions, ElectionCycleRepository cycles, DeskContactRepository contacts,
            RegionAccess access) {
        this.regions = regions;
        this.cycles = cycles;
        this.contacts = contacts;
        this.access = access;
    }

    /**
     * One page of regions: a single query, never the whole table.
     *
     * @param sortByName sort by name instead of by official code
     */
    public List<RegionRow> page(RegionFilter filter, int offset, int limit, boolean sortByName, boolean descending) {
        var scoped = scope(filter);
        var direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        var sort = sortByName ? Sort.by(direction, "name").and(Sort.by("code")) : Sort.by(direction, "code");
        var page = new OffsetPageRequest(offset, limit, sort);
        return regions.findRows(currentCycle().getId(), scoped.provinceCode(), scoped.level(), scoped.holdsPilkada(),
                namePattern(scoped.search()), codePattern(scoped.search()), page);
    }

    public long count(RegionFilter filter) {
        var scoped = scope(filter);
        return regions.countRows(currentCycle().getId(), scoped.provinceCode(), scoped.level(), scoped.holdsPilkada(),
                namePattern(scoped.search()), codePattern(scoped.search()));
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

    private RegionFilter scope(RegionFilter filter) {
        var scope = access.provinceScope();
        if (scope.isEmpty()) {
            if (access.current().isEmpty()) {
                throw new AccessDeniedException("Not signed in");
            }
            return filter;
        }
        if (filter.provinceCode() != null && !filter.provinceCode().equals(scope.get())) {
            // Asking for another province yields nothing rather than an error: the URL may be a shared link.
            return filter.withProvince("--");
        }
        return filter.withProvince(scope.get());
    }

    private static String namePattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + escape(search.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String codePattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return escape(search.trim()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package id.go.kemendagri.siap.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.region.domain.ElectionCycleRegion;
import id.go.kemendagri.siap.region.domain.ElectionCycleRegionRepository;
import id.go.kemendagri.siap.region.domain.ElectionCycleRepository;
import id.go.kemendagri.siap.region.domain.Region;
import id.go.kemendagri.siap.region.domain.RegionRepository;

/**
 * Reference data for features that keep something per region and cycle (checklists, budgets): the
 * current cycle, the regions that hold a Pilkada in it, and region names for a page of results. Public
 * reference data, so no access check; each feature checks access to its own data.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PilkadaRegions {

    private final ElectionCycleRepository cycles;
    private final ElectionCycleRegionRepository participation;
    private final RegionRepository regions;

    public CurrentCycle currentCycle() {
        var cycle = cycles.findFirstByCurrentTrue()
                .orElseThrow(() -> new IllegalStateException("No current election cycle"));
        return new CurrentCycle(cycle.getId(), cycle.getName(), cycle.getVoteDate());
    }

    /** Every region holding a Pilkada in the current cycle, by code: two queries whatever the count. */
    public List<PilkadaRegion> holdingPilkada() {
        var holding = participation.findByIdCycleId(currentCycle().id()).stream()
                .filter(ElectionCycleRegion::isHoldsPilkada).map(r -> r.getId().regionCode())
                .collect(Collectors.toSet());
        return regions.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .filter(r -> holding.contains(r.getCode()))
                .map(r -> new PilkadaRegion(r.getCode(), r.getProvinceCode(), r.getLevel())).toList();
    }

    /** Official names of the given regions in one query. */
    public Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return regions.findAllById(codes).stream().collect(Collectors.toMap(Region::getCode, Region::getName));
    }
}

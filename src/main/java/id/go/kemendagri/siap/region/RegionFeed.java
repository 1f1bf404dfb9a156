package id.go.kemendagri.siap.region;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.base.SearchPatterns;
import id.go.kemendagri.siap.region.domain.RegionRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Regions for other systems (the read API): pages by official code after a given one, optionally only
 * those changed since a moment, within what the caller may read. One statement per page.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionFeed {

    private final RegionRepository regions;
    private final PilkadaRegions pilkada;
    private final RegionAccess access;

    /** Up to {@code limit} regions after {@code afterCode} (null: from the start), by code. */
    public List<RegionRecord> page(RegionFilter filter, Instant changedSince, String afterCode, int limit) {
        var province = access.readableProvince(filter.provinceCode());
        return regions.findRecords(pilkada.currentCycle().id(), province, filter.level(), filter.holdsPilkada(),
                SearchPatterns.contains(filter.search()), SearchPatterns.prefix(filter.search()), changedSince,
                afterCode, Limit.of(limit));
    }
}

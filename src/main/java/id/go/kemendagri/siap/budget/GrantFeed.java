package id.go.kemendagri.siap.budget;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;
import id.go.kemendagri.siap.budget.domain.NphdTransferRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * NPHD grants with their tranches, transfers and disbursed share, for other systems: two statements per
 * page (the grants, then all their transfers), by id, confined to what the caller may read.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GrantFeed {

    private final NphdGrantRepository grants;
    private final NphdTransferRepository transfers;
    private final GrantLedger ledger;
    private final RegionAccess access;

    /** Up to {@code limit} grants with an id above {@code afterId} (null: from the start), of one region if named. */
    public List<GrantRecord> page(GrantFilter filter, String regionCode, Instant changedSince, Long afterId, int limit) {
        var page = grants.findPage(ledger.cycle().id(), access.readableProvince(filter.provinceCode()),
                filter.recipient(), filter.stage(), BudgetOverview.bandLow(filter.band()),
                BudgetOverview.bandHigh(filter.band()), filter.lateOnly(), ledger.today(), regionCode, changedSince,
                afterId, Limit.of(limit));
        if (page.isEmpty()) {
            return List.of();
        }
        var booked = transfers.findByGrantIdInOrderByDateAscIdAsc(page.stream().map(NphdGrant::getId).toList())
                .stream().collect(Collectors.groupingBy(NphdTransfer::getGrantId));
        return page.stream().map(g -> new GrantRecord(ledger.details(g, booked.getOrDefault(g.getId(), List.of())),
                g.getRegionName(), g.getProvinceCode(), g.getProvinceName(), g.getChangedAt())).toList();
    }
}

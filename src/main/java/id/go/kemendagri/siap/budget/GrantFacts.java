package id.go.kemendagri.siap.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;
import id.go.kemendagri.siap.budget.domain.NphdTransferRepository;

/**
 * The grants as facts for another feature's derived data (the checklist's NPHD and tranche items, issue 19): what
 * {@link BudgetService#forRegion} shows, without a user's access check, for work the system does after a change was
 * committed or at start. Nothing here writes; screens keep using {@link BudgetService}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GrantFacts {

    private static final int CHUNK = 900;

    private final NphdGrantRepository grants;
    private final NphdTransferRepository transfers;
    private final GrantLedger ledger;

    /** The region's grants in the current cycle in recipient order, with tranches and transfers. */
    @Transactional(readOnly = true)
    public List<GrantDetails> ofRegion(String regionCode) {
        return details(grants.findByCycleIdAndRegionCodeOrderById(ledger.cycle().id(), regionCode))
                .getOrDefault(regionCode, List.of());
    }

    /** Every region's grants in the current cycle, by region code: a few statements for all of them. */
    @Transactional(readOnly = true)
    public Map<String, List<GrantDetails>> ofAllRegions() {
        return details(grants.findByCycleId(ledger.cycle().id()));
    }

    private Map<String, List<GrantDetails>> details(List<NphdGrant> found) {
        var ids = found.stream().map(NphdGrant::getId).toList();
        var booked = new HashMap<Long, List<NphdTransfer>>();
        for (var from = 0; from < ids.size(); from += CHUNK) {
            transfers.findByGrantIdInOrderByDateAscIdAsc(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .forEach(t -> booked.computeIfAbsent(t.getGrantId(), k -> new ArrayList<>()).add(t));
        }
        return found.stream().sorted(Comparator.comparing(NphdGrant::getRecipient))
                .map(g -> ledger.details(g, booked.getOrDefault(g.getId(), List.of())))
                .collect(Collectors.groupingBy(GrantDetails::regionCode, Collectors.toList()));
    }
}

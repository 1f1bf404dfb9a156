package id.go.kemendagri.siap.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * The ministry's view over all grants: the grid (one query per page, one for the count, one for the
 * totals) and the national table per recipient with its per-province drill-down. Provincial staff see
 * their province only, whatever filter they ask for.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetOverview {

    private final NphdGrantRepository grants;
    private final GrantLedger ledger;
    private final RegionAccess access;

    public List<GrantRow> page(GrantFilter filter, Pageable page) {
        var f = scope(filter);
        return grants.findRows(ledger.cycle().id(), f.provinceCode(), f.recipient(), f.stage(), bandLow(f.band()),
                bandHigh(f.band()), f.lateOnly(), ledger.today(), Pages.in(page, Sort.unsorted()));
    }

    /** The grid's rows of the given regions that pass the filter now (one statement). */
    public List<GrantRow> rows(GrantFilter filter, java.util.Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        var f = scope(filter);
        return grants.findRowsIn(ledger.cycle().id(), f.provinceCode(), f.recipient(), f.stage(), bandLow(f.band()),
                bandHigh(f.band()), f.lateOnly(), ledger.today(), regionCodes);
    }

    public long count(GrantFilter filter) {
        var f = scope(filter);
        return grants.countRows(ledger.cycle().id(), f.provinceCode(), f.recipient(), f.stage(), bandLow(f.band()),
                bandHigh(f.band()), f.lateOnly(), ledger.today());
    }

    public GrantTotals totals(GrantFilter filter) {
        var f = scope(filter);
        return grants.totals(ledger.cycle().id(), f.provinceCode(), f.recipient(), f.stage(), bandLow(f.band()),
                bandHigh(f.band()), f.lateOnly(), ledger.today());
    }

    /** One line per recipient in the order KPU, Bawaslu, TNI, Polri (scoped to the staff member's province). */
    public List<RecapLine> national() {
        var lines = new ArrayList<RecapLine>();
        for (var row : grants.recapByRecipient(ledger.cycle().id(), scopeProvince(), Band.PARTIAL_FROM_PERCENT)) {
            lines.add(line(null, null, (Recipient) row[0], row, 1));
        }
        lines.sort(Comparator.comparing(RecapLine::recipient));
        return lines;
    }

    /**
     * One line per recipient for a province, or for the country when {@code provinceCode} is null.
     * Provincial staff may ask for their own province only.
     */
    public List<RecapLine> byRecipient(String provinceCode) {
        var province = access.requestedProvince(provinceCode);
        var lines = new ArrayList<RecapLine>();
        for (var row : grants.recapByRecipient(ledger.cycle().id(), province, Band.PARTIAL_FROM_PERCENT)) {
            lines.add(line(province, null, (Recipient) row[0], row, 1));
        }
        lines.sort(Comparator.comparing(RecapLine::recipient));
        return lines;
    }

    /**
     * Tranches due on or before {@code until} (late ones included) that the transfers have not reached, the
     * earliest first; for a province or (null) the country. One statement.
     */
    public List<TrancheDue> tranchesDueBy(String provinceCode, LocalDate until) {
        var province = access.requestedProvince(provinceCode);
        var due = new ArrayList<TrancheDue>();
        for (var row : grants.findOutstandingTranches(ledger.cycle().id(), province, until)) {
            var agreed = number(row[4]);
            var disbursed = number(row[5]);
            var firstAmount = number(row[6]);
            var firstDue = (LocalDate) row[7];
            var secondDue = (LocalDate) row[8];
            if (firstDue != null && !firstDue.isAfter(until) && disbursed < firstAmount) {
                due.add(new TrancheDue((String) row[0], (String) row[1], (String) row[2], (Recipient) row[3], 1,
                        firstDue, firstAmount - disbursed));
            }
            if (secondDue != null && !secondDue.isAfter(until) && disbursed < agreed) {
                due.add(new TrancheDue((String) row[0], (String) row[1], (String) row[2], (Recipient) row[3], 2,
                        secondDue, agreed - Math.max(disbursed, firstAmount)));
            }
        }
        due.sort(Comparator.comparing(TrancheDue::dueOn).thenComparing(TrancheDue::regionCode)
                .thenComparing(TrancheDue::recipient));
        return due;
    }

    /** One line per province for a recipient. */
    public List<RecapLine> byProvince(Recipient recipient) {
        return grants.recapByProvince(ledger.cycle().id(), recipient, scopeProvince(), Band.PARTIAL_FROM_PERCENT)
                .stream().map(row -> line((String) row[0], (String) row[1], recipient, row, 2)).toList();
    }

    /** Adds up lines, e.g. the four recipients into a national total. */
    public static RecapLine sum(List<RecapLine> lines) {
        long regions = 0, signed = 0, agreed = 0, disbursed = 0, full = 0, partial = 0, red = 0, notApplicable = 0;
        for (var l : lines) {
            regions += l.regions();
            signed += l.signed();
            agreed += l.agreed();
            disbursed += l.disbursed();
            full += l.full();
            partial += l.partial();
            red += l.red();
            notApplicable += l.notApplicable();
        }
        return new RecapLine(null, null, null, regions, signed, agreed, disbursed, full, partial, red, notApplicable);
    }

    private static RecapLine line(String provinceCode, String provinceName, Recipient recipient, Object[] row, int at) {
        return new RecapLine(provinceCode, provinceName, recipient, number(row[at]), number(row[at + 1]),
                number(row[at + 2]), number(row[at + 3]), number(row[at + 4]), number(row[at + 5]),
                number(row[at + 6]), number(row[at + 7]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private String scopeProvince() {
        access.currentUser();
        return access.provinceScope().orElse(null);
    }

    /** The filter confined to what the user may read ({@link RegionAccess#readableProvince}). */
    private GrantFilter scope(GrantFilter filter) {
        return filter.withProvince(access.readableProvince(filter.provinceCode()));
    }

    static Integer bandLow(Band band) {
        return band == null ? null : switch (band) {
            case DONE -> 100;
            case PARTIAL -> Band.PARTIAL_FROM_PERCENT;
            case RED -> 0;
        };
    }

    /** Exclusive upper bound; transfers never exceed the agreement, so 101 closes DONE. */
    static Integer bandHigh(Band band) {
        return band == null ? null : switch (band) {
            case DONE -> 101;
            case PARTIAL -> 100;
            case RED -> Band.PARTIAL_FROM_PERCENT;
        };
    }
}

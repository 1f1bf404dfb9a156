package id.go.kemendagri.siap.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.budget.TrancheDue;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.checklist.Readiness;
import id.go.kemendagri.siap.checklist.RecapRow;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.Board.DeadlineKind;
import id.go.kemendagri.siap.dashboard.Board.Funds;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionRow;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.region.VulnerabilityService;

/**
 * Builds a board in one read-only transaction from the features' aggregate queries: the number of SQL
 * statements does not depend on the number of regions (a test counts them). Access is the caller's
 * ({@link BoardService}) business; the features' services check it again.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BoardBuilder {

    private final RegionService regionService;
    private final PilkadaRegions pilkadaRegions;
    private final ChecklistReports checklists;
    private final BudgetOverview budget;
    private final LeadershipBoardService heads;
    private final ElectionStages stages;
    private final BoardProperties properties;
    private final VulnerabilityService vulnerability;
    private final Clock clock;

    /** The board of a province, or of the country when {@code provinceCode} is null. */
    @Transactional(readOnly = true)
    public Board build(String provinceCode) {
        var today = Formats.today(clock);
        var until = today.plusDays(properties.deadlineDays());
        var cycle = pilkadaRegions.currentCycle();

        var holding = regionService.reference(new RegionFilter(provinceCode, null, true, null));
        var figures = new HashMap<String, RecapRow>();
        for (var row : checklists.readinessByRegion(provinceCode)) {
            figures.put(row.code(), row);
        }
        var regions = new ArrayList<Area>(holding.size());
        for (var region : holding) {
            regions.add(area(region.code(), region.name(), region.provinceCode(), List.of(figures.get(region.code()))));
        }
        var areas = provinceCode == null ? provinces(holding, figures) : regions;

        var bands = new EnumMap<ReadinessBand, Long>(ReadinessBand.class);
        for (var band : ReadinessBand.values()) {
            bands.put(band, 0L);
        }
        long ready = 0, withChecklist = 0, waiting = 0, overdueItems = 0, regionsWithOverdue = 0;
        double sumVerified = 0, sumReported = 0;
        for (var region : regions) {
            bands.merge(region.band(), 1L, Long::sum);
            ready += region.ready();
            waiting += region.waiting();
            overdueItems += region.overdueItems();
            if (region.overdueItems() > 0) {
                regionsWithOverdue++;
            }
            var row = figures.get(region.code());
            if (row != null) {
                // Exact shares, not the rounded-down percentages shown per region.
                withChecklist++;
                sumVerified += share(row.readiness().verifiedWeight(), row.readiness().applicableWeight());
                sumReported += share(row.readiness().reportedWeight(), row.readiness().reportedApplicableWeight());
            }
        }

        var funds = budget.byRecipient(provinceCode).stream()
                .map(l -> new Funds(l.recipient(), l.regions(), l.signed(), l.agreed(), l.disbursed(), l.full(),
                        l.partial(), l.red()))
                .toList();
        var headsSummary = heads.summary(provinceCode);
        var tranches = budget.tranchesDueBy(provinceCode, until);
        var terms = heads.termsEndingBy(provinceCode, until, 10_000);
        var reportsDue = heads.reportsDueBy(provinceCode, until, properties.listLimit());
        var reportsOverdue = heads.overdueReports(provinceCode, properties.listLimit());

        var upcoming = new ArrayList<Deadline>();
        var overdue = new ArrayList<Deadline>();
        long termsOverdue = 0, tranchesLate = 0;
        for (var term : terms) {
            var deadline = Deadline.term(term.regionCode(), term.regionName(), term.termEndsOn(), term.daysLeft(),
                    term.status(), term.personName());
            if (term.daysLeft() < 0) {
                termsOverdue++;
                addCapped(overdue, deadline, DeadlineKind.TERM_END);
            } else {
                addCapped(upcoming, deadline, DeadlineKind.TERM_END);
            }
        }
        for (var report : reportsDue) {
            upcoming.add(Deadline.report(report.regionCode(), report.regionName(), report.dueOn(),
                    -report.daysOverdue(), report.personName(), report.periodNumber()));
        }
        for (var report : reportsOverdue) {
            overdue.add(Deadline.report(report.regionCode(), report.regionName(), report.dueOn(),
                    -report.daysOverdue(), report.personName(), report.periodNumber()));
        }
        for (TrancheDue tranche : tranches) {
            var days = ChronoUnit.DAYS.between(today, tranche.dueOn());
            var deadline = Deadline.tranche(tranche.regionCode(), tranche.regionName(), tranche.dueOn(), days,
                    tranche.recipient(), tranche.tranche(), tranche.outstanding());
            if (days < 0) {
                tranchesLate++;
                addCapped(overdue, deadline, DeadlineKind.TRANCHE);
            } else {
                addCapped(upcoming, deadline, DeadlineKind.TRANCHE);
            }
        }
        regions.stream().filter(r -> r.overdueItems() > 0)
                .sorted(Comparator.comparingLong(Area::overdueItems).reversed().thenComparing(Area::code))
                .limit(properties.listLimit())
                .forEach(r -> overdue.add(Deadline.checklist(r.code(), r.name(), r.overdueItems())));
        upcoming.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind)
                .thenComparing(Deadline::regionCode));
        var deadlines = checklists.boardDeadlines(provinceCode);
        var aged = aged(provinceCode, areas, regions, deadlines.ages());
        var thisWeek = thisWeek(provinceCode, today, terms, tranches, deadlines.week());

        var leastReady = regions.stream().filter(r -> r.band() != ReadinessBand.NONE && r.band() != ReadinessBand.READY)
                .sorted(Comparator.comparingInt(Area::verifiedPercent).thenComparingInt(Area::reportedPercent)
                        .thenComparing(Area::code))
                .limit(properties.leastReady()).toList();

        var byStatus = headsSummary.byStatus();
        var pj = byStatus.getOrDefault(HeadStatus.PJ, 0L);
        var caretakers = byStatus.entrySet().stream()
                .filter(e -> e.getKey() != HeadStatus.DEFINITIF && e.getKey() != HeadStatus.PJ)
                .mapToLong(Map.Entry::getValue).sum();
        var headline = new Board.Headline(regions.size(), withChecklist, ready,
                withChecklist == 0 ? 0 : round1(sumVerified / withChecklist),
                withChecklist == 0 ? 0 : round1(sumReported / withChecklist), pj, caretakers, waiting, overdueItems,
                headsSummary.overdueReports(), tranchesLate, headsSummary.onCampaignLeave());
        var overdueCounts = new Board.Overdue(overdueItems, regionsWithOverdue, headsSummary.overdueReports(),
                termsOverdue, tranchesLate);
        var heads = new Board.Heads(byStatus, headsSummary.byCategory(), headsSummary.byBand());
        var provinceName = provinceCode == null ? null
                : regionService.names(List.of(provinceCode)).getOrDefault(provinceCode, provinceCode);
        return new Board(provinceCode, provinceName, cycle.name(), cycle.voteDate(), today, clock.instant(),
                properties.readyPercent(), properties.lowBelow(), properties.deadlineDays(), headline,
                List.copyOf(areas), List.copyOf(regions), bands, funds, heads, leastReady, List.copyOf(upcoming),
                List.copyOf(overdue), overdueCounts, stages.now(today), aged.list(), aged.total(), thisWeek,
                Map.copyOf(vulnerability.levels(cycle.id(), provinceCode)));
    }

    private record AgedFigures(List<Board.Aged> list, Board.Aged total) {
    }

    /**
     * Overdue checklist items by age, per province on the national board and per region on a province board,
     * the worst first (from one aggregate statement).
     */
    private AgedFigures aged(String provinceCode, List<Area> areas, List<Area> regions,
            List<ChecklistReports.OverdueAges> ages) {
        var names = new HashMap<String, String>();
        areas.forEach(a -> names.put(a.code(), a.name()));
        regions.forEach(a -> names.putIfAbsent(a.code(), a.name()));
        var sums = new LinkedHashMap<String, long[]>();
        var total = new long[3];
        for (var row : ages) {
            if (row.overdue() == 0) {
                continue;
            }
            var key = provinceCode == null ? row.regionCode().substring(0, 2) : row.regionCode();
            var sum = sums.computeIfAbsent(key, k -> new long[3]);
            long[] values = { row.week(), row.month(), row.older() };
            for (var i = 0; i < 3; i++) {
                sum[i] += values[i];
                total[i] += values[i];
            }
        }
        var list = new ArrayList<Board.Aged>(sums.size());
        sums.forEach((code, sum) -> list.add(new Board.Aged(code, names.getOrDefault(code, code), sum[0], sum[1],
                sum[2])));
        list.sort(Board.Aged.WORST_FIRST);
        return new AgedFigures(List.copyOf(list), new Board.Aged(provinceCode == null ? "" : provinceCode, "",
                total[0], total[1], total[2]));
    }

    /**
     * What falls due from today to a week ahead and what became overdue in the past week, earliest first: the
     * terms and tranches already read, Pj reports (one statement) and checklist items one line per deadline (from
     * one aggregate statement).
     */
    private List<Deadline> thisWeek(String provinceCode, LocalDate today, List<id.go.kemendagri.siap.leadership.TermAlert> terms,
            List<TrancheDue> tranches, List<ChecklistReports.DeadlineLoad> checklistWeek) {
        var from = today.minusDays(Board.WEEK);
        var until = today.plusDays(Board.WEEK);
        var week = new ArrayList<Deadline>();
        for (var term : terms) {
            if (!term.termEndsOn().isBefore(from) && !term.termEndsOn().isAfter(until)) {
                week.add(Deadline.term(term.regionCode(), term.regionName(), term.termEndsOn(), term.daysLeft(),
                        term.status(), term.personName()));
            }
        }
        for (var report : heads.reportsDueBetween(provinceCode, from, until, properties.listLimit())) {
            week.add(Deadline.report(report.regionCode(), report.regionName(), report.dueOn(), -report.daysOverdue(),
                    report.personName(), report.periodNumber()));
        }
        for (var tranche : tranches) {
            if (!tranche.dueOn().isBefore(from) && !tranche.dueOn().isAfter(until)) {
                week.add(Deadline.tranche(tranche.regionCode(), tranche.regionName(), tranche.dueOn(),
                        ChronoUnit.DAYS.between(today, tranche.dueOn()), tranche.recipient(), tranche.tranche(),
                        tranche.outstanding()));
            }
        }
        for (var load : checklistWeek) {
            week.add(Deadline.checklistDue(load.dueOn(), ChronoUnit.DAYS.between(today, load.dueOn()), load.items(),
                    load.regions()));
        }
        week.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind)
                .thenComparing(d -> d.regionCode() == null ? "" : d.regionCode()));
        return List.copyOf(week);
    }

    /** Adds a deadline unless its kind already has {@code listLimit} entries in the list. */
    private void addCapped(List<Deadline> list, Deadline deadline, DeadlineKind kind) {
        if (list.stream().filter(d -> d.kind() == kind).count() < properties.listLimit()) {
            list.add(deadline);
        }
    }

    /** The 38 provinces, each the sum of its regions holding a Pilkada (the province itself included). */
    private List<Area> provinces(List<RegionRow> holding, Map<String, RecapRow> figures) {
        var byProvince = new LinkedHashMap<String, List<RecapRow>>();
        var names = new HashMap<String, String>();
        for (var province : regionService.provinces()) {
            byProvince.put(province.code(), new ArrayList<>());
            names.put(province.code(), province.name());
        }
        for (var region : holding) {
            byProvince.computeIfAbsent(region.provinceCode(), code -> new ArrayList<>()).add(figures.get(region.code()));
        }
        var areas = new ArrayList<Area>(byProvince.size());
        byProvince.forEach((code, rows) -> areas.add(area(code, names.getOrDefault(code, code), code, rows)));
        return areas;
    }

    /** Sums the checklist figures of some regions (null rows: regions without a checklist). */
    private Area area(String code, String name, String provinceCode, List<RecapRow> rows) {
        long regions = 0, ready = 0, items = 0, overdue = 0, waiting = 0;
        var total = Readiness.NONE;
        boolean any = false;
        for (var row : rows) {
            regions++;
            if (row == null) {
                continue;
            }
            any = true;
            var readiness = row.readiness();
            if (readiness.verifiedPercent() >= properties.readyPercent()) {
                ready++;
            }
            items += row.items();
            overdue += row.overdue();
            waiting += row.waiting();
            total = total.plus(readiness);
        }
        var verifiedPercent = total.verifiedPercent();
        return new Area(code, name, provinceCode, regions, ready, verifiedPercent, total.reportedPercent(),
                items, overdue, waiting, properties.band(any, verifiedPercent));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

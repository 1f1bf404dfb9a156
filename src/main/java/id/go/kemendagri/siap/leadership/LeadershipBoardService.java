package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.base.SearchPatterns;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;

/**
 * The country-wide picture of heads of region: the heads grid (every region with its active head, one
 * statement per page), the alerts (terms ending soon, overdue reports) and their count for the menu.
 * Provincial staff only ever see their province, whatever the filter asks.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LeadershipBoardService {

    /**
     * How the heads grid may be sorted: the sort property a grid column sends ({@link #property()}); any other
     * property is ignored (by code).
     */
    public enum SortBy {
        CODE("code"), NAME("name"), TERM_END("termEnd");

        private final String property;

        SortBy(String property) {
            this.property = property;
        }

        /** The sort property of a {@link Pageable} that asks for this order. */
        public String property() {
            return property;
        }

        Sort sort(Sort.Direction direction) {
            return switch (this) {
                case CODE -> Sort.by(direction, "code");
                case NAME -> Sort.by(direction, "name").and(Sort.by("code"));
                case TERM_END -> JpaSort.unsafe(direction, "t.termEndsOn").and(Sort.by("code"));
            };
        }
    }

    private static final java.util.Map<String, java.util.function.Function<Sort.Direction, Sort>> SORTS =
            java.util.Arrays.stream(SortBy.values()).collect(java.util.stream.Collectors.toUnmodifiableMap(
                    SortBy::property, by -> by::sort));

    private final HeadTenureRepository tenures;
    private final PjReportRepository reports;
    private final LeadershipAccess access;
    private final LeadershipProperties properties;
    private final Clock clock;

    /**
     * One page of the heads grid, sorted by the first of {@code page}'s sort properties that {@link SortBy} knows
     * (by code otherwise): one statement.
     */
    public List<HeadRow> page(HeadFilter filter, Pageable page) {
        var f = scope(filter);
        var today = LeadershipRules.today(clock);
        return tenures.findRows(today, f.provinceCode(), f.status(), endBefore(f, today), f.overdueOnly(), f.category(),
                f.band(), SearchPatterns.contains(f.search()), SearchPatterns.prefix(f.search()),
                Pages.sorted(page, SORTS, SortBy.CODE.sort(Sort.Direction.ASC))).stream()
                .map(row -> row.withDaysLeft(today)).toList();
    }

    /** The grid's rows of the given regions that pass the filter now (one statement). */
    public List<HeadRow> rows(HeadFilter filter, java.util.Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        var f = scope(filter);
        var today = LeadershipRules.today(clock);
        return tenures.findRowsIn(today, f.provinceCode(), f.status(), endBefore(f, today), f.overdueOnly(),
                f.category(), f.band(), SearchPatterns.contains(f.search()), SearchPatterns.prefix(f.search()),
                regionCodes).stream().map(row -> row.withDaysLeft(today)).toList();
    }

    public long count(HeadFilter filter) {
        var f = scope(filter);
        var today = LeadershipRules.today(clock);
        return tenures.countRows(today, f.provinceCode(), f.status(), endBefore(f, today), f.overdueOnly(),
                f.category(), f.band(), SearchPatterns.contains(f.search()), SearchPatterns.prefix(f.search()));
    }

    /** Active terms ending within the alert window (past ones included), soonest first. */
    public List<TermAlert> termsEnding(Pageable page) {
        access.requireSignedIn();
        var today = LeadershipRules.today(clock);
        return tenures.findTermsEnding(today.plusDays(properties.alertDays()), province(),
                Pages.in(page, Sort.unsorted())).stream()
                .map(a -> new TermAlert(a.regionCode(), a.regionName(), a.status(), a.personName(), a.termEndsOn(),
                        a.extensionCount(), ChronoUnit.DAYS.between(today, a.termEndsOn())))
                .toList();
    }

    public long countTermsEnding() {
        access.requireSignedIn();
        return tenures.countTermsEnding(LeadershipRules.today(clock).plusDays(properties.alertDays()), province());
    }

    /** Reports of active Pj whose due date passed without them, the oldest first. */
    public List<OverdueReport> overdueReports(Pageable page) {
        access.requireSignedIn();
        var today = LeadershipRules.today(clock);
        return reports.findOverdue(today, province(), Pages.in(page, Sort.unsorted())).stream()
                .map(o -> new OverdueReport(o.regionCode(), o.regionName(), o.personName(), o.periodNumber(),
                        o.dueOn(), ChronoUnit.DAYS.between(o.dueOn(), today)))
                .toList();
    }

    public long countOverdueReports() {
        access.requireSignedIn();
        return reports.countOverdue(LeadershipRules.today(clock), province());
    }

    /**
     * Sent reports of active Pj not evaluated yet, in the user's scope, the longest waiting first (at most
     * {@code limit}): one statement.
     */
    public List<ReportToEvaluate> reportsToEvaluate(int limit) {
        access.requireSignedIn();
        var today = LeadershipRules.today(clock);
        return reports.findToEvaluate(province(), Pages.first(limit, Sort.unsorted()))
                .stream().map(r -> new ReportToEvaluate(r.regionCode(), r.regionName(), r.personName(),
                        r.periodNumber(), r.sentOn(), ChronoUnit.DAYS.between(r.sentOn(), today)))
                .toList();
    }

    public long countReportsToEvaluate() {
        access.requireSignedIn();
        return reports.countToEvaluate(province());
    }

    /** Counts for a summary board: three aggregate statements. */
    public HeadsSummary summary() {
        access.requireSignedIn();
        return summarise(province(), countTermsEnding(), countOverdueReports());
    }

    private HeadsSummary summarise(String province, long termsEnding, long overdueReports) {
        var byStatus = new java.util.EnumMap<HeadStatus, Long>(HeadStatus.class);
        var byCategory = new java.util.EnumMap<EvaluationCategory, Long>(EvaluationCategory.class);
        var byBand = new java.util.EnumMap<NeutralityBand, Long>(NeutralityBand.class);
        var onLeave = 0L;
        for (var row : tenures.summarise(province, LeadershipRules.today(clock))) {
            var count = ((Number) row[3]).longValue();
            onLeave += row[4] == null ? 0 : ((Number) row[4]).longValue();
            byStatus.merge((HeadStatus) row[0], count, Long::sum);
            if (row[1] != null) {
                byCategory.merge((EvaluationCategory) row[1], count, Long::sum);
            }
            if (row[2] != null) {
                byBand.merge((NeutralityBand) row[2], count, Long::sum);
            }
        }
        return new HeadsSummary(byStatus, byCategory, byBand, termsEnding, overdueReports, onLeave);
    }

    /**
     * The summary for a province, or for the country when {@code provinceCode} is null; provincial staff
     * may ask for their own province only. Three aggregate statements.
     */
    public HeadsSummary summary(String provinceCode) {
        var province = requestedProvince(provinceCode);
        var today = LeadershipRules.today(clock);
        return summarise(province, tenures.countTermsEnding(today.plusDays(properties.alertDays()), province),
                reports.countOverdue(today, province));
    }

    /** Active terms ending on or before {@code until} (past ones included), soonest first: one statement. */
    public List<TermAlert> termsEndingBy(String provinceCode, LocalDate until, int limit) {
        var province = requestedProvince(provinceCode);
        var today = LeadershipRules.today(clock);
        return tenures.findTermsEnding(until, province, Pages.first(limit, Sort.unsorted())).stream()
                .map(a -> new TermAlert(a.regionCode(), a.regionName(), a.status(), a.personName(), a.termEndsOn(),
                        a.extensionCount(), ChronoUnit.DAYS.between(today, a.termEndsOn())))
                .toList();
    }

    /**
     * Reports of active Pj not yet sent and due from today to {@code until} ({@code daysOverdue} is then
     * zero or negative: the days left), soonest first: one statement.
     */
    public List<OverdueReport> reportsDueBy(String provinceCode, LocalDate until, int limit) {
        return reportsDueBetween(provinceCode, LeadershipRules.today(clock), until, limit);
    }

    /**
     * Reports of active Pj not yet sent and due from {@code from} to {@code until} ({@code daysOverdue} positive
     * once late), soonest first: one statement. Reports of closed periods are left out as in {@link #overdueReports}.
     */
    public List<OverdueReport> reportsDueBetween(String provinceCode, LocalDate from, LocalDate until, int limit) {
        var province = requestedProvince(provinceCode);
        var today = LeadershipRules.today(clock);
        return reports.findDueBetween(from, until, province, Pages.first(limit, Sort.unsorted()))
                .stream().map(o -> new OverdueReport(o.regionCode(), o.regionName(), o.personName(),
                        o.periodNumber(), o.dueOn(), ChronoUnit.DAYS.between(o.dueOn(), today)))
                .toList();
    }

    /** Overdue reports of a province or (null) the country, the oldest first: one statement. */
    public List<OverdueReport> overdueReports(String provinceCode, int limit) {
        var province = requestedProvince(provinceCode);
        var today = LeadershipRules.today(clock);
        return reports.findOverdue(today, province, Pages.first(limit, Sort.unsorted())).stream()
                .map(o -> new OverdueReport(o.regionCode(), o.regionName(), o.personName(), o.periodNumber(),
                        o.dueOn(), ChronoUnit.DAYS.between(o.dueOn(), today)))
                .toList();
    }

    /** The number beside the alerts menu entry: two aggregate statements. */
    public long alertCount() {
        return countTermsEnding() + countOverdueReports();
    }

    public int alertDays() {
        return properties.alertDays();
    }

    private String province() {
        return access.provinceScope().orElse(null);
    }

    /** The province asked for, or null for the country; staff get their own or a refusal. */
    private String requestedProvince(String provinceCode) {
        access.requireSignedIn();
        var scope = access.provinceScope();
        if (scope.isPresent() && !scope.get().equals(provinceCode)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Provincial staff see their own province only");
        }
        return provinceCode;
    }

    /** Staff see their own province: another province in a shared link yields nothing rather than an error. */
    private HeadFilter scope(HeadFilter filter) {
        return filter.withProvince(access.readableProvince(filter.provinceCode()));
    }

    private static LocalDate endBefore(HeadFilter filter, LocalDate today) {
        return filter.endingWithinDays() == null ? null : today.plusDays(filter.endingWithinDays());
    }
}

package id.go.kemendagri.siap.checklist;

import static id.go.kemendagri.siap.checklist.ChecklistFigures.count;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Lists and figures across regions: the staff's task list, the evaluators' verification queue and the
 * recap per province. Each page is one query plus one for the region names on it; provincial staff are
 * confined to their province whatever they ask for.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChecklistReports {

    private final ChecklistItemRepository items;
    private final PilkadaRegions regions;
    private final ProvinceDirectory provinces;
    private final RegionAccess access;
    private final Clock clock;

    /** Returned, overdue and in-progress items, most urgent first: returned, then overdue, then by deadline. */
    public List<ChecklistRow> tasks(String provinceCode, int page, int size) {
        var province = scope(provinceCode);
        var list = items.findTasks(cycleId(), province, Verification.RETURNED, ItemStatus.PROSES,
                ChecklistService.OPEN, today(), PageRequest.of(page, size));
        return withNames(list);
    }

    /** The given items as list rows, as stored now, within the user's scope (for a live refresh of a list). */
    public List<ChecklistRow> rows(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withNames(items.findDetailsIn(cycleId(), scope(null), ChecklistService.OPEN, today(), ids));
    }

    /** Which of the given items are on the task list now. */
    public java.util.Set<Long> onTaskList(String provinceCode, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return items.findTasksIn(cycleId(), scope(provinceCode), Verification.RETURNED, ItemStatus.PROSES,
                ChecklistService.OPEN, today(), ids).stream().map(ChecklistItemDetails::id)
                .collect(Collectors.toSet());
    }

    /** Which of the given items wait for verification now, under the queue's filter. */
    public java.util.Set<Long> waitingAmong(String provinceCode, Theme theme, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return items.findWaitingIn(cycleId(), scope(provinceCode), theme, Verification.WAITING, ChecklistService.OPEN,
                today(), ids).stream().map(ChecklistItemDetails::id).collect(Collectors.toSet());
    }

    public long countTasks(String provinceCode) {
        return items.countTasks(cycleId(), scope(provinceCode), Verification.RETURNED, ItemStatus.PROSES,
                ChecklistService.OPEN, today());
    }

    /** Items waiting for an evaluator, oldest submission first. */
    public List<ChecklistRow> waiting(String provinceCode, Theme theme, Pageable page) {
        var list = items.findWaiting(cycleId(), scope(provinceCode), theme, Verification.WAITING,
                ChecklistService.OPEN, today(), Pages.in(page, Sort.unsorted()));
        return withNames(list);
    }

    public long countWaiting(String provinceCode, Theme theme) {
        return items.countWaiting(cycleId(), scope(provinceCode), theme, Verification.WAITING);
    }

    public long countOverdue() {
        return items.countOverdue(cycleId(), scope(null), ChecklistService.OPEN, today());
    }

    /** Open items past their deadline, and open items due from today within the window asked for. */
    public record DueCounts(long overdue, long upcoming) {
    }

    /**
     * Items an evaluator sent back to their region, waiting to be fixed, the longest returned first (at most
     * {@code limit}): one statement plus one for the region names. Staff see their own province only.
     */
    public List<ChecklistRow> returned(String provinceCode, int limit) {
        return withNames(items.findReturned(cycleId(), scope(provinceCode), Verification.RETURNED,
                ChecklistService.OPEN, today(), PageRequest.of(0, Math.max(1, limit))));
    }

    public long countReturned(String provinceCode) {
        return items.countReturned(cycleId(), scope(provinceCode), Verification.RETURNED);
    }

    /**
     * Open items due within {@code days} days from today or already overdue (at most {@code limit}): those
     * still ahead first, nearest first, then the overdue ones, oldest deadline first. Two statements.
     */
    public List<ChecklistRow> dueWithin(String provinceCode, int days, int limit) {
        var today = today();
        return withNames(items.findDueBy(cycleId(), scope(provinceCode), ChecklistService.OPEN, today,
                today.plusDays(days), PageRequest.of(0, Math.max(1, limit))));
    }

    /** The counts beside {@link #dueWithin}: one aggregate statement. */
    public DueCounts countDueWithin(String provinceCode, int days) {
        var today = today();
        var rows = items.countDueBy(cycleId(), scope(provinceCode), ChecklistService.OPEN, today, today.plusDays(days));
        var row = rows.isEmpty() ? new Object[2] : rows.getFirst();
        return new DueCounts(count(row[0]), count(row[1]));
    }

    /** One row per province (only the user's own for provincial staff). */
    public List<RecapRow> byProvince() {
        var names = provinces.names();
        return items.figuresByProvince(cycleId(), scope(null), null, ItemStatus.SELESAI, ItemStatus.TIDAK_BERLAKU,
                ChecklistService.OPEN, Verification.WAITING, Verification.VERIFIED, today()).stream()
                .map(row -> ChecklistFigures.recap(row, names)).toList();
    }

    /** One row per region of a province: the province itself and its kabupaten/kota. */
    public List<RecapRow> byRegion(String provinceCode) {
        var province = scope(provinceCode);
        if (province == null) {
            throw new IllegalArgumentException("A province is required");
        }
        return recapByRegion(province);
    }

    /**
     * One row per region holding a Pilkada in a province, or in the whole country when
     * {@code provinceCode} is null: one aggregate statement and one for the names. Provincial staff may
     * ask for their own province only.
     */
    public List<RecapRow> readinessByRegion(String provinceCode) {
        return recapByRegion(access.requestedProvince(provinceCode));
    }

    /** The recap rows of every region of a province (null: the country), with their names: two statements. */
    private List<RecapRow> recapByRegion(String provinceCode) {
        var rows = items.figuresByRegion(cycleId(), provinceCode, null, ItemStatus.SELESAI, ItemStatus.TIDAK_BERLAKU,
                ChecklistService.OPEN, Verification.WAITING, Verification.VERIFIED, today());
        var names = regions.names(rows.stream().map(row -> (String) row[0]).toList());
        return rows.stream().map(row -> ChecklistFigures.recap(row, names)).toList();
    }

    /**
     * How late the open items of a region are: 1-7 days, 8-30 days, more than 30 days late; and how many fall
     * due in the coming week (today to today + 7).
     */
    public record OverdueAges(String regionCode, long week, long month, long older, long dueThisWeek) {

        public long overdue() {
            return week + month + older;
        }
    }

    /** Open items due on one deadline: how many, in how many regions. */
    public record DeadlineLoad(LocalDate dueOn, long items, long regions) {
    }

    /**
     * What a summary board shows of the deadlines, in a province or (null) the country: the {@link OverdueAges} of
     * every region with open items due by a week from today, and the open items per deadline from a week ago to
     * a week ahead (earliest first). Two aggregate statements (and one for the cycle). Provincial staff may ask
     * for their own province only.
     */
    public record BoardDeadlines(List<OverdueAges> ages, List<DeadlineLoad> week) {
    }

    public BoardDeadlines boardDeadlines(String provinceCode) {
        access.requestedProvince(provinceCode);
        var today = today();
        var cycle = cycleId();
        var ages = items.overdueAgesByRegion(cycle, provinceCode, ChecklistService.OPEN, today, today.minusDays(7),
                today.minusDays(30), today.plusDays(7)).stream()
                .map(row -> new OverdueAges((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                        count(row[4])))
                .toList();
        var week = items.openByDeadline(cycle, provinceCode, ChecklistService.OPEN, today.minusDays(7),
                today.plusDays(7)).stream()
                .map(row -> new DeadlineLoad((LocalDate) row[0], count(row[1]), count(row[2]))).toList();
        return new BoardDeadlines(ages, week);
    }

    private List<ChecklistRow> withNames(List<ChecklistItemDetails> list) {
        var names = regions.names(list.stream().map(ChecklistItemDetails::regionCode).distinct().toList());
        return list.stream().map(item -> new ChecklistRow(item, names.getOrDefault(item.regionCode(),
                item.regionCode()))).toList();
    }

    /** The province to look at: the staff's own (another one yields nothing), or what was asked. */
    private String scope(String provinceCode) {
        return access.readableProvince(provinceCode);
    }

    private long cycleId() {
        return regions.currentCycle().id();
    }

    private LocalDate today() {
        return Formats.today(clock);
    }
}

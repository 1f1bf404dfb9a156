package id.go.kemendagri.siap.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.BoardService;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The boards say what to chase (issue 18), on the demo's day (21 October 2024): overdue checklist items aged in
 * three buckets per province or region, the worst first; "this week"; Pj reports of closed periods out of the
 * overdue list; short lists with sort keys, "show all" and the full list's screen; both languages.
 */
@Import(TestClock.class)
class BoardChaseTest extends UiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    BoardService boards;

    /** Moves the clock and makes the shared boards stale (they are rebuilt for the new day). */
    void today(LocalDate date) {
        clock.set(Instant.parse(date + "T03:00:00Z"));
        boards.onCommitted(null);
    }

    /**
     * Each test runs on 21 Oct 2024, the demo's day (the checklist deadlines of the campaign lie behind and ahead);
     * afterwards the clock is back at its start and the boards rebuilt for it.
     */
    @BeforeEach
    void theDemosDay() {
        today(LocalDate.of(2024, 10, 21));
    }

    @AfterEach
    void backToTheStart() {
        clock.set(MutableClock.START);
        boards.onCommitted(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cells(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("cells");
    }

    private static Map<String, Object> named(List<Map<String, Object>> lists, String name) {
        return lists.stream().filter(l -> name.equals(l.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_lists_say_what_to_chase_aged_worst_first_this_week_sortable_and_short() {
        Users.leadership();
        var view = navigate("ringkasan", NationalBoardView.class);
        var panel = view.screen.panel();
        var board = panel.board();
        var lists = LitElements.list(panel.lists, "lists");

        // Ageing: one row per province with overdue items, the worst first; a row leads to the province's board.
        var aged = named(lists, "aged");
        assertThat(aged).containsEntry("title", "Butir daftar periksa terlambat menurut lamanya");
        assertThat(((List<Map<String, Object>>) aged.get("headers"))).extracting(h -> h.get("text"))
                .containsExactly("Provinsi", "≤ 7 hari", "8–30 hari", "> 30 hari", "Jumlah");
        assertThat(board.aged()).isNotEmpty().isSortedAccordingTo(Board.Aged.WORST_FIRST);
        var first = rows(aged).getFirst();
        var worst = board.aged().getFirst();
        assertThat(first).containsEntry("code", worst.code()).containsEntry("href", "ringkasan/" + worst.code());
        assertThat(cells(first).get(0)).containsEntry("text", worst.name());
        assertThat(((Number) cells(first).get(3).get("sort")).longValue()).isEqualTo(worst.older());
        assertThat(((Number) cells(first).get(4).get("sort")).longValue()).isEqualTo(worst.total());
        assertThat(board.agedTotal().total()).isEqualTo(board.overdueCounts().checklistItems());
        assertThat((String) aged.get("summary")).startsWith(
                Formats.number(board.agedTotal().total(), Formats.INDONESIAN) + " butir lewat tenggat — lebih dari 30 hari: ");
        // Short lists: ten rows, then "show all" in the page; the full list's screen linked where there is one.
        assertThat(aged).containsEntry("limit", 10).containsEntry("link", "checklist/rekap")
                .containsEntry("more", "Tampilkan semua (" + rows(aged).size() + ")");
        assertThat(named(lists, "overdue")).containsEntry("link", "kepala-daerah/peringatan");
        // Sorting is the browser's: dates sort by their ISO form, day counts by number.
        var overdueRow = rows(named(lists, "overdue")).getFirst();
        assertThat((String) cells(overdueRow).get(0).get("sort")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(cells(overdueRow).get(1).get("sort")).isInstanceOf(Number.class);

        // This week: due in the next seven days and overdue since the last seven, in one list.
        var week = named(lists, "this-week");
        assertThat(week).containsEntry("title", "Minggu ini");
        assertThat(board.thisWeek()).isNotEmpty().allSatisfy(d -> assertThat(d.days()).isBetween(-7L, 7L));
        assertThat(rows(week)).hasSize(board.thisWeek().size());
        assertThat(PageText.of(view)).contains("Minggu ini");

        // Pj reports of closed periods are out of the overdue list: none due before the current term began.
        assertThat(board.overdue()).filteredOn(d -> d.kind() == Board.DeadlineKind.PJ_REPORT)
                .allSatisfy(d -> assertThat(d.days()).isGreaterThan(-400));
    }

    @Test
    void a_province_board_ages_per_region_and_speaks_english() {
        Users.evaluator();
        var view = navigate("ringkasan/62", ProvinceBoardView.class);
        view.getUI().orElseThrow().setLocale(Formats.ENGLISH);
        view.screen.load();
        var lists = LitElements.list(view.screen.panel().lists, "lists");
        var aged = named(lists, "aged");
        assertThat(aged).containsEntry("title", "Overdue checklist items by how late they are")
                .containsEntry("link", "checklist/rekap?provinsi=62");
        assertThat(rows(aged)).allSatisfy(row -> {
            assertThat((String) row.get("code")).startsWith("62");
            assertThat(row.get("href")).isNull();
        });
        assertThat(named(lists, "this-week")).containsEntry("title", "This week");
        // A row of the ageing list opens its region's page, checked as any other.
        var code = (String) rows(aged).getFirst().get("code");
        LitElements.fire(view.screen.panel().lists, "siap-open", Map.of("event.detail.code", code));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RegionView");
    }
}

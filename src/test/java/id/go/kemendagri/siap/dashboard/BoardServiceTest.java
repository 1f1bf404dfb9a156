package id.go.kemendagri.siap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TransferDraft;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.dashboard.Board.DeadlineKind;
import id.go.kemendagri.siap.leadership.AppointmentDraft;
import id.go.kemendagri.siap.leadership.Echelon;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.support.MovableClockTest;
import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * The board against hand-computed figures for Kalimantan Utara (65: the province, four kabupaten and
 * Kota Tarakan, which no other test writes to), role access, and the fixed number of statements.
 * Each test runs in a transaction that is rolled back.
 */
@Transactional
class BoardServiceTest extends MovableClockTest {

    static final String KALTARA = "65";
    static final long BILLION = 1_000_000_000L;

    @Autowired
    BoardService boards;
    @Autowired
    BoardBuilder builder;
    @Autowired
    ChecklistService checklists;
    @Autowired
    BudgetService budget;
    @Autowired
    HeadTenureService heads;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void firstOfOctober2024() {
        today(LocalDate.of(2024, 10, 1));
        Users.evaluator();
    }

    /**
     * Marks every item of a region done (with a link as evidence) and, if asked, verifies it. The derived items are
     * let go of their source first, as if it were silent: these tests are about the board adding up stored answers.
     */
    void complete(String region, boolean verify) {
        jdbc.update("update checklist_item set source_status = null where region_code = ?", region);
        for (var item : checklists.regionChecklist(region).items()) {
            var done = checklists.update(item.id(),
                    new ChecklistItemDraft(ItemStatus.SELESAI, "selesai", "https://kaltara.go.id/bukti.pdf",
                            item.version()));
            if (verify) {
                checklists.verify(done.id(), done.version());
            }
        }
    }

    @Test
    void a_province_board_adds_up_its_regions_as_computed_by_hand() {
        var before = builder.build(KALTARA);
        assertThat(before.headline().regions()).isEqualTo(6);
        assertThat(before.areas()).extracting(Board.Area::code)
                .containsExactly("65", "65.01", "65.02", "65.03", "65.04", "65.71");
        assertThat(before.headline().ready()).isZero();

        complete("65.01", true);
        complete("65.02", false);
        var kpu = budget.find("65.01", Recipient.KPU);
        budget.save("65.01", Recipient.KPU, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, 10 * BILLION,
                10 * BILLION, "NPHD/KPU/65.01", LocalDate.of(2024, 1, 2), 40, kpu.version()));
        kpu = budget.find("65.01", Recipient.KPU);
        budget.addTransfer("65.01", Recipient.KPU,
                new TransferDraft(1, LocalDate.of(2024, 1, 20), 4 * BILLION, "SP2D-1", kpu.version()));
        heads.appoint("65.03", new AppointmentDraft(HeadStatus.PJ, "Budi Santoso", "197003152000031002",
                "Kepala Dinas", "Pemprov Kaltara", Echelon.JPT_PRATAMA, LegalBasis.KEPMENDAGRI,
                "100.2.1.3-1 Tahun 2023", LocalDate.of(2023, 10, 20), null, null, null));

        var board = builder.build(KALTARA);

        var h = board.headline();
        assertThat(h.regions()).isEqualTo(6);
        assertThat(h.withChecklist()).isEqualTo(6);
        assertThat(h.ready()).isEqualTo(1);
        // (100 + 0 + 0 + 0 + 0 + 0) / 6 verified; (100 + 100 + 0 ...) / 6 reported.
        assertThat(h.averageVerified()).isEqualTo(16.7);
        assertThat(h.averageReported()).isEqualTo(33.3);
        assertThat(h.waitingVerification()).isEqualTo(25);
        assertThat(h.pjRegions()).isEqualTo(1);
        assertThat(board.bands()).containsEntry(ReadinessBand.READY, 1L).containsEntry(ReadinessBand.LOW, 5L)
                .containsEntry(ReadinessBand.MEDIUM, 0L);
        assertThat(board.area("65.01").band()).isEqualTo(ReadinessBand.READY);
        assertThat(board.leastReady()).hasSize(5).extracting(Board.Area::code).doesNotContain("65.01");
        assertThat(board.leastReady().getFirst().code()).isEqualTo("65");

        var funds = board.funds().getFirst();
        assertThat(funds.recipient()).isEqualTo(Recipient.KPU);
        assertThat(funds.grants()).isEqualTo(6);
        assertThat(funds.signed()).isEqualTo(1);
        assertThat(funds.agreed()).isEqualTo(10 * BILLION);
        assertThat(funds.disbursed()).isEqualTo(4 * BILLION);
        assertThat(funds.disbursedPercent()).isEqualTo(40.0);

        // Sworn in 20 Oct 2023: the Pj term ends 20 Oct 2024, within 30 days of 1 Oct 2024.
        assertThat(board.upcoming()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.TERM_END);
            assertThat(d.regionCode()).isEqualTo("65.03");
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 20));
            assertThat(d.days()).isEqualTo(19);
        });
        // Tranche II of the KPU grant (60%) falls due five months before the vote: late on 1 October.
        assertThat(board.overdue()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.TRANCHE);
            assertThat(d.regionCode()).isEqualTo("65.01");
            assertThat(d.amount()).isEqualTo(6 * BILLION);
            assertThat(d.days()).isNegative();
        });
        assertThat(board.overdueCounts().tranches()).isEqualTo(1);
        assertThat(board.overdueCounts().pjReports()).isEqualTo(board.headline().overdueReports());
    }

    @Test
    void overdue_items_are_counted_per_region_once_their_deadlines_pass() {
        complete("65.01", true);
        today(LocalDate.of(2025, 3, 1));
        var board = builder.build(KALTARA);
        var items = board.regions().stream().filter(r -> !r.code().equals("65.01")).mapToLong(Board.Area::items).sum();
        assertThat(board.overdueCounts().checklistItems()).isEqualTo(items);
        assertThat(board.overdueCounts().regionsWithOverdueItems()).isEqualTo(5);
        assertThat(board.overdue()).filteredOn(d -> d.kind() == DeadlineKind.CHECKLIST).hasSize(5)
                .noneMatch(d -> d.regionCode().equals("65.01"));
    }

    @Test
    void the_national_board_has_the_38_provinces_as_tiles_and_every_region_holding_a_pilkada() {
        var board = boards.national().board();
        assertThat(board.national()).isTrue();
        assertThat(board.areas()).hasSize(38);
        assertThat(board.regions()).hasSize(545);
        assertThat(board.area("34").regions()).isEqualTo(5);
        assertThat(board.funds()).extracting(Board.Funds::recipient)
                .containsExactly(Recipient.KPU, Recipient.BAWASLU, Recipient.TNI, Recipient.POLRI);
    }

    @Test
    void leadership_reads_every_board_and_provincial_staff_only_their_own_province() {
        Users.leadership();
        assertThat(boards.national().board().areas()).hasSize(38);
        assertThat(boards.province("62").board().provinceName()).isEqualTo("Kalimantan Tengah");

        Users.staff("62");
        assertThat(boards.province("62").board().regions()).allMatch(r -> r.provinceCode().equals("62"));
        assertThatThrownBy(() -> boards.national()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boards.province("64")).isInstanceOf(AccessDeniedException.class);

        Users.evaluator();
        assertThatThrownBy(() -> boards.province("99")).isInstanceOf(NotFoundException.class);
        Users.signOut();
        assertThatThrownBy(() -> boards.national()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_board_takes_the_same_small_number_of_statements_for_the_country_as_for_one_province() {
        var statements = new Statements(entityManagerFactory);
        builder.build(null);
        var national = statements.countWhile(() -> builder.build(null));
        var province = statements.countWhile(() -> builder.build(KALTARA));
        complete("65.02", false);
        var afterChanges = statements.countWhile(() -> builder.build(null));
        assertThat(national).isLessThanOrEqualTo(21).isEqualTo(afterChanges);
        assertThat(province).isLessThanOrEqualTo(national + 1);
    }

    @Test
    void figures_keep_their_time_until_their_values_change() {
        var first = boards.national();
        clock.set(clock.instant().plusSeconds(5));
        var previous = first;
        var board = builder.build(null);
        var times = BoardService.changedAt(previous, board);
        assertThat(times).allSatisfy((figure, time) -> assertThat(time).isEqualTo(first.changedAt().get(figure)));

        complete("65.01", true);
        var changed = builder.build(null);
        var later = BoardService.changedAt(previous, changed);
        assertThat(later.get(BoardService.Figure.READINESS)).isEqualTo(changed.builtAt());
        assertThat(later.get(BoardService.Figure.FUNDS)).isEqualTo(first.changedAt().get(BoardService.Figure.FUNDS));
    }

    /** How many days late the open items of a region are, by hand: up to 7, 8-30, more than 30; and due this week. */
    long[] agedByHand(String region, LocalDate today) {
        var result = new long[4];
        for (var item : checklists.regionChecklist(region).current()) {
            if (item.status() != ItemStatus.BELUM && item.status() != ItemStatus.PROSES || item.dueDate() == null) {
                continue;
            }
            var late = java.time.temporal.ChronoUnit.DAYS.between(item.dueDate(), today);
            if (late >= 1 && late <= 7) {
                result[0]++;
            } else if (late >= 8 && late <= 30) {
                result[1]++;
            } else if (late > 30) {
                result[2]++;
            } else if (late <= 0 && late >= -7) {
                result[3]++;
            }
        }
        return result;
    }

    @Test
    void overdue_checklist_items_are_aged_per_region_the_worst_first_and_add_up_to_the_overdue_count() {
        complete("65.01", true);
        // A day ten days after a deadline in the middle of the template's: items fall in more than one bucket.
        var deadlines = checklists.regionChecklist("65.02").current().stream().map(i -> i.dueDate())
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        var today = deadlines.get(deadlines.size() / 2).plusDays(10);
        today(today);
        var board = builder.build(KALTARA);

        var expected = new java.util.ArrayList<Board.Aged>();
        long weekDue = 0;
        for (var region : board.regions()) {
            var byHand = agedByHand(region.code(), today);
            weekDue += byHand[3];
            if (byHand[0] + byHand[1] + byHand[2] > 0) {
                expected.add(new Board.Aged(region.code(), region.name(), byHand[0], byHand[1], byHand[2]));
            }
        }
        expected.sort(Board.Aged.WORST_FIRST);
        assertThat(board.aged()).isEqualTo(expected).noneMatch(a -> a.code().equals("65.01"));
        assertThat(board.agedTotal().total()).isEqualTo(board.overdueCounts().checklistItems()).isPositive();
        assertThat(board.agedTotal().week() + board.agedTotal().month()).as("more than one bucket").isPositive();
        for (var i = 1; i < board.aged().size(); i++) {
            assertThat(board.aged().get(i - 1).older()).isGreaterThanOrEqualTo(board.aged().get(i).older());
        }

        // The national board sums the same per province.
        var national = builder.build(null);
        var kaltara = national.aged().stream().filter(a -> a.code().equals(KALTARA)).findFirst().orElseThrow();
        assertThat(kaltara.name()).isEqualTo("Kalimantan Utara");
        assertThat(List.of(kaltara.week(), kaltara.month(), kaltara.older())).isEqualTo(List.of(
                board.agedTotal().week(), board.agedTotal().month(), board.agedTotal().older()));
        assertThat(national.aged()).isSortedAccordingTo(Board.Aged.WORST_FIRST);
        assertThat(national.agedTotal().total()).isEqualTo(national.overdueCounts().checklistItems());

        // This week: checklist deadlines a week back and ahead, one line each, with their open items.
        var week = board.thisWeek();
        assertThat(week).allSatisfy(d -> assertThat(d.days()).isBetween(-7L, 7L));
        assertThat(week).extracting(Board.Deadline::date).isSorted();
        var checklistLines = week.stream().filter(d -> d.kind() == DeadlineKind.CHECKLIST_DUE).toList();
        assertThat(checklistLines.stream().mapToLong(Board.Deadline::number).sum())
                .isEqualTo(weekDue + board.agedTotal().week());
        assertThat(checklistLines).allSatisfy(d -> assertThat(d.amount()).isBetween(1L, 6L));
    }
}

package id.go.kemendagri.siap.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.ui.ChecklistUiFixtures;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * The start page per role: evaluators see what waits for them (verification, Pj reports, overdue follow-ups),
 * provincial staff their own province's returned items and deadlines, leadership still land on their board.
 * Works in Sulawesi Barat (76) and Kalimantan Selatan (63), whose checklists other view tests reset too.
 */
class HomeViewTest extends UiTest {

    private static final String LINK = "https://sulbarprov.go.id/bukti-beranda.pdf";

    @Autowired
    ChecklistService checklists;
    @Autowired
    ChecklistReports reports;
    @Autowired
    LeadershipBoardService heads;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StartQueues.Sources sources;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void resetChecklists() {
        ChecklistUiFixtures.reset(jdbc, "76");
        ChecklistUiFixtures.reset(jdbc, "63");
    }

    private ChecklistItemDetails submit(String region, String code) {
        var item = checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
        return checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null, LINK, item.version()));
    }

    @Test
    void evaluators_see_the_verification_queue_count_and_its_oldest_rows() throws Exception {
        Users.staff("76");
        submit("76.01", "KLB-01");
        Users.evaluator();
        var waiting = reports.countWaiting(null, null);
        var oldest = reports.waiting(null, null, PageRequest.of(0, QueuePanel.ROWS)).stream().map(row -> Long.toString(row.item().id()))
                .toList();
        var toEvaluate = heads.countReportsToEvaluate();
        var overdueReports = heads.countOverdueReports();
        var overdueFollowUps = followUps.countOverdue();

        var home = navigate("", HomeView.class);

        var queues = home.queues;
        assertThat(queues.returned).as("staff's queues are not an evaluator's").isNull();
        assertThat(queues.deadlines).isNull();
        assertThat(headline(queues.verification)).isEqualTo(Formats.number(waiting, Formats.INDONESIAN)
                + " butir menunggu verifikasi, yang paling lama diajukan lebih dulu");
        assertThat(keys(queues.verification)).isEqualTo(oldest).hasSizeLessThanOrEqualTo(QueuePanel.ROWS);
        assertThat(LitElements.list(queues.verification, "actions")).singleElement()
                .satisfies(link -> assertThat(link).containsEntry("kind", "ROUTE")
                        .containsEntry("href", "checklist/verifikasi"));
        assertThat(firstCell(queues.verification)).containsEntry("kind", "ROUTE");
        assertThat((String) firstCell(queues.verification).get("href")).startsWith("wilayah/");

        assertThat(queues.reportsToEvaluate.getElement().getProperty("heading"))
                .isEqualTo("Laporan triwulanan Pj menunggu evaluasi");
        assertThat(headline(queues.reportsToEvaluate)).isEqualTo(toEvaluate == 0 ? ""
                : Formats.number(toEvaluate, Formats.INDONESIAN) + " laporan terkirim belum dievaluasi");
        assertThat(keys(queues.reportsToEvaluate)).hasSize((int) Math.min(toEvaluate, QueuePanel.ROWS));
        assertThat(headline(queues.overdueReports)).isEqualTo(overdueReports == 0 ? ""
                : Formats.number(overdueReports, Formats.INDONESIAN) + " laporan lewat jatuh tempo");
        assertThat(LitElements.list(queues.overdueReports, "actions").getFirst())
                .containsEntry("href", "kepala-daerah/peringatan");
        assertThat(headline(queues.followUps)).isEqualTo(overdueFollowUps == 0 ? ""
                : Formats.number(overdueFollowUps, Formats.INDONESIAN) + " tindak lanjut lewat tenggat");
        assertThat(keys(queues.followUps)).hasSize((int) Math.min(overdueFollowUps, QueuePanel.ROWS));
        assertThat(LitElements.list(home.tiles, "cards")).as("the national figures stay").hasSize(3);

        // An item closed in a region joins the count on the open page, without a reload.
        ChecklistUiFixtures.switchTo(Users.staff("76"));
        submit("76.02", "KLB-01");
        ChecklistUiFixtures.switchTo(Users.evaluator());
        var after = Formats.number(waiting + 1, Formats.INDONESIAN);
        awaitPush(() -> headline(queues.verification).startsWith(after + " "));
    }

    @Test
    void staff_see_only_their_province_returned_items_with_the_reason_and_its_deadlines() {
        Users.staff("76");
        var ours = submit("76.01", "KLB-01");
        Users.staff("63");
        var theirs = submit("63.01", "KLB-01");
        Users.evaluator();
        checklists.giveBack(ours.id(), checklists.item(ours.id()).version(), "Surat keputusan belum dilampirkan");
        checklists.giveBack(theirs.id(), checklists.item(theirs.id()).version(), "Bukti tidak terbaca");
        Users.staff("76");
        var due = reports.countDueWithin("76", StartQueues.DUE_DAYS);

        var home = navigate("", HomeView.class);

        var queues = home.queues;
        assertThat(queues.verification).as("the verification queue is the evaluators'").isNull();
        assertThat(queues.reportsToEvaluate).isNull();
        assertThat(headline(queues.returned)).isEqualTo("1 butir perlu diperbaiki dan diajukan kembali");
        assertThat(keys(queues.returned)).containsExactly(Long.toString(ours.id()));
        assertThat(firstCell(queues.returned)).containsEntry("href", "wilayah/76.01")
                .containsEntry("text", "Kabupaten Pasangkayu");
        var text = PageText.of(queues.returned);
        assertThat(text).contains("Surat keputusan belum dilampirkan", "KLB-01").doesNotContain("Bukti tidak terbaca");

        var total = due.overdue() + due.upcoming();
        assertThat(keys(queues.deadlines)).hasSize((int) Math.min(total, QueuePanel.ROWS));
        assertThat(rows(queues.deadlines)).allSatisfy(row -> assertThat((String) cells(row).getFirst().getFirst()
                .get("href")).matches("wilayah/76(\\.\\d+)?"));
        if (total > 0) {
            assertThat(headline(queues.deadlines)).isEqualTo(Formats.number(due.overdue(), Formats.INDONESIAN)
                    + " butir lewat tenggat, " + Formats.number(due.upcoming(), Formats.INDONESIAN)
                    + " butir jatuh tempo dalam 7 hari");
        }
        assertThat(rows(queues.followUps)).allSatisfy(row -> assertThat((String) cells(row).getFirst().getFirst()
                .get("href")).matches("wilayah/76(\\.\\d+)?"));
        assertThat(home.getElement().getTextRecursively()).as("a way to the province's board")
                .contains("Ringkasan kesiapan provinsi Anda");
    }

    @Test
    void the_queues_cost_a_few_statements_however_long_they_are() {
        Users.staff("76");
        submit("76.01", "KLB-01");
        var evaluator = Users.evaluator();
        navigate("tentang", com.vaadin.flow.component.Component.class);
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        var queues = new StartQueues(sources, evaluator);
        var forEvaluator = statistics.getPrepareStatementCount();
        assertThat(keys(queues.verification)).isNotEmpty();
        // A count and a short page per queue (plus region names), never a statement per row.
        assertThat(forEvaluator).as("statements for an evaluator's queues").isLessThanOrEqualTo(12);

        var staff = Users.staff("76");
        ChecklistUiFixtures.switchTo(staff);
        statistics.clear();
        new StartQueues(sources, staff);
        assertThat(statistics.getPrepareStatementCount()).as("statements for a staff's queues").isLessThanOrEqualTo(10);
    }

    @Test
    void leadership_keep_landing_on_the_national_board() {
        Users.leadership();
        var view = navigate("", NationalBoardView.class);
        assertThat(view.screen.panel().board().national()).isTrue();
    }

    @Test
    void the_queues_speak_english_with_plurals() {
        Users.evaluator();
        Users.staff("76");
        submit("76.01", "KLB-01");
        Users.evaluator();
        com.vaadin.flow.component.UI.getCurrent().setLocale(Formats.ENGLISH);
        try {
            var home = navigate("", HomeView.class);
            assertThat(home.queues.verification.getElement().getProperty("heading"))
                    .isEqualTo("Checklist items waiting for verification");
            assertThat(headline(home.queues.verification))
                    .matches("(1 item waits|[0-9,]+ items wait) for verification, the longest submitted first");
            assertThat(LitElements.list(home.queues.verification, "columns")).extracting(c -> c.get("label"))
                    .containsExactly("Region", "Item", "Submitted", "Waiting");
        } finally {
            com.vaadin.flow.component.UI.getCurrent().setLocale(Formats.INDONESIAN);
        }
    }

    private static String headline(QueuePanel panel) {
        var pieces = LitElements.list(panel, "headline");
        return pieces.isEmpty() ? "" : (String) pieces.getFirst().get("text");
    }

    private static List<Map<String, Object>> rows(QueuePanel panel) {
        return LitElements.list(panel, "rows");
    }

    private static List<String> keys(QueuePanel panel) {
        return rows(panel).stream().map(row -> (String) row.get("key")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Map<String, Object>>> cells(Map<String, Object> row) {
        return (List<List<Map<String, Object>>>) row.get("cells");
    }

    private static Map<String, Object> firstCell(QueuePanel panel) {
        return cells(rows(panel).getFirst()).getFirst().getFirst();
    }
}

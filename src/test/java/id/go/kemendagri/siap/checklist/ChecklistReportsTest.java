package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.Users;

class ChecklistReportsTest extends KaltengStaffTest {

    static final String LINK = "https://kalteng.go.id/bukti.pdf";

    @Autowired
    ChecklistReports reports;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void juneTwentyTwentyFour() {
        clock.set(ChecklistTestSupport.JUNE_2024);
    }

    ChecklistItemDetails report(String region, String code, ItemStatus status) {
        var item = item(region, code);
        return checklists.update(item.id(), new ChecklistItemDraft(status, "catatan", LINK, item.version()));
    }

    @Test
    void the_task_list_puts_returned_items_first_then_overdue_then_in_progress() {
        var returned = report("62.07", "KAM-01", ItemStatus.SELESAI);
        report("62.07", "KAM-02", ItemStatus.PROSES);
        Users.evaluator();
        checklists.giveBack(returned.id(), returned.version(), "Surat perintah belum ada");
        Users.staff("62");
        var tasks = reports.tasks(null, 0, 2000);
        assertThat(tasks.getFirst().item().id()).isEqualTo(returned.id());
        assertThat(tasks.get(1).item().overdue()).isTrue();
        assertThat(tasks.getLast().item().itemCode()).isEqualTo("KAM-02");
        assertThat(tasks.getLast().item().overdue()).isFalse();
        assertThat(tasks).allSatisfy(t -> assertThat(t.item().provinceCode()).isEqualTo("62"));
        assertThat(reports.countTasks(null)).isEqualTo(tasks.size());
        assertThat(tasks.getFirst().regionName()).isEqualTo("Kabupaten Seruyan");
    }

    @Test
    void the_start_page_gets_the_province_returned_items_and_its_deadlines_within_a_week_or_past() {
        Users.evaluator();
        var before = reports.countReturned("62");
        var returned = report("62.07", "KAM-01", ItemStatus.SELESAI);
        checklists.giveBack(returned.id(), checklists.item(returned.id()).version(), "Surat perintah belum ada");
        Users.staff("62");

        assertThat(reports.countReturned(null)).isEqualTo(before + 1);
        var rows = reports.returned(null, 500);
        assertThat(rows).extracting(row -> row.item().id()).contains(returned.id());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.item().provinceCode()).isEqualTo("62");
            assertThat(row.item().verification()).isEqualTo(Verification.RETURNED);
        });
        assertThat(rows.stream().filter(row -> row.item().id() == returned.id()).findFirst().orElseThrow().item()
                .returnReason()).isEqualTo("Surat perintah belum ada");
        assertThat(reports.returned(null, 1)).hasSize(1);
        assertThat(reports.returned("64", 8)).as("another province, whatever staff ask").isEmpty();
        assertThat(reports.countReturned("64")).isZero();

        var due = reports.countDueWithin(null, 7);
        var soon = reports.dueWithin(null, 7, 5000);
        assertThat(soon).hasSize((int) (due.overdue() + due.upcoming()));
        var today = java.time.LocalDate.ofInstant(clock.instant(), id.go.kemendagri.siap.base.Formats.WIB);
        assertThat(soon).allSatisfy(row -> {
            assertThat(row.item().provinceCode()).isEqualTo("62");
            assertThat(row.item().status()).isIn(ItemStatus.BELUM, ItemStatus.PROSES);
            assertThat(row.item().dueDate()).isBeforeOrEqualTo(today.plusDays(7));
        });
        assertThat(soon.subList(0, (int) due.upcoming())).as("still ahead first").noneMatch(row -> row.item().overdue());
        assertThat(soon.subList((int) due.upcoming(), soon.size())).allMatch(row -> row.item().overdue());
        assertThat(reports.dueWithin("64", 7, 8)).isEmpty();
        assertThat(reports.countDueWithin("64", 7)).isEqualTo(new ChecklistReports.DueCounts(0, 0));
    }

    @Test
    void provincial_staff_see_no_tasks_of_another_province_whatever_they_ask() {
        assertThat(reports.tasks("64", 0, 50)).isEmpty();
        assertThat(reports.countTasks("64")).isZero();
        assertThat(reports.byProvince()).extracting(RecapRow::code).containsExactly("62");
    }

    @Test
    void the_verification_queue_lists_waiting_items_oldest_first_filtered_by_province_and_theme() {
        report("62.07", "KLB-01", ItemStatus.SELESAI);
        clock.set(ChecklistTestSupport.JUNE_2024.plusSeconds(60));
        report("62.71", "DNA-01", ItemStatus.SELESAI);
        Users.evaluator();
        var waiting = reports.waiting("62", null, PageRequest.of(0, 50));
        assertThat(waiting).extracting(r -> r.item().itemCode()).containsExactly("KLB-01", "DNA-01");
        assertThat(reports.waiting("62", Theme.PENDANAAN, PageRequest.of(0, 50))).extracting(r -> r.item().itemCode())
                .containsExactly("DNA-01");
        assertThat(reports.countWaiting("62", null)).isEqualTo(2);
        assertThat(reports.countWaiting("64", null)).isZero();
    }

    @Test
    void the_recap_counts_done_on_time_late_open_and_overdue() {
        report("62.07", "KAM-01", ItemStatus.SELESAI);
        report("62.07", "DNA-01", ItemStatus.SELESAI);
        Users.evaluator();
        var kalteng = reports.byProvince().stream().filter(r -> r.code().equals("62")).findFirst().orElseThrow();
        assertThat(kalteng.name()).isEqualTo("Kalimantan Tengah");
        assertThat(kalteng.regions()).isEqualTo(15);
        assertThat(kalteng.doneOnTime()).isEqualTo(1);
        assertThat(kalteng.doneLate()).isEqualTo(1);
        assertThat(kalteng.waiting()).isEqualTo(2);
        assertThat(kalteng.open() + kalteng.overdue() + 2).isEqualTo(kalteng.items());
        var seruyan = reports.byRegion("62").stream().filter(r -> r.code().equals("62.07")).findFirst().orElseThrow();
        assertThat(seruyan.name()).isEqualTo("Kabupaten Seruyan");
        assertThat(seruyan.regions()).isEqualTo(1);
        assertThat(seruyan.doneLate()).isEqualTo(1);
        assertThat(reports.byRegion("62")).hasSize(15);
    }

    @Test
    void overdue_items_are_counted_for_the_menu() {
        var before = reports.countOverdue();
        report("62.07", "DNA-01", ItemStatus.SELESAI);
        assertThat(reports.countOverdue()).isEqualTo(before - 1);
    }
}

package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.data.provider.DataChangeEvent;

import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistRow;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The task list takes live changes row by row. Works in Sulawesi Barat (76), reset first. */
class ChecklistListsLiveTest extends UiTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcTemplate jdbc;

    private final List<DataChangeEvent<ChecklistRow>> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void resetSulawesiBarat() {
        ChecklistUiFixtures.reset(jdbc, ChecklistViewsTest.PROVINCE);
    }

    private ChecklistItemDetails note(String region, String code, String note) {
        var item = checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
        return checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, note, null, item.version()));
    }

    @Test
    void a_note_changed_elsewhere_redraws_only_that_task() throws Exception {
        Users.staff(ChecklistViewsTest.PROVINCE);
        var item = note("76.01", "KLB-01", "Rapat pertama");
        var view = navigate("checklist/tugas", ChecklistTasksView.class);
        // Every task loaded, as if the user had scrolled to this one (overdue items come first).
        view.grid.getDataCommunicator().setRequestedRange(0, test(view.grid).size());
        roundTrip();
        view.grid.getDataProvider().addDataProviderListener(events::add);

        note("76.01", "KLB-01", "Rapat kedua");
        awaitPush(() -> !events.isEmpty());

        assertThat(events).as("the task refreshed in place, no reload").allSatisfy(event -> {
            assertThat(event).isInstanceOf(DataChangeEvent.DataRefreshEvent.class);
            assertThat(((DataChangeEvent.DataRefreshEvent<ChecklistRow>) event).getItem().item().id())
                    .isEqualTo(item.id());
        });
    }

    @Test
    void a_task_done_elsewhere_leaves_the_list() throws Exception {
        Users.staff(ChecklistViewsTest.PROVINCE);
        var item = note("76.02", "KLB-01", "Sedang disiapkan");
        var view = navigate("checklist/tugas", ChecklistTasksView.class);
        view.grid.getDataCommunicator().setRequestedRange(0, 50);
        roundTrip();
        var before = test(view.grid).size();
        view.grid.getDataProvider().addDataProviderListener(events::add);

        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null, ChecklistViewsTest.LINK,
                item.version()));
        awaitPush(() -> !events.isEmpty());

        assertThat(events).anyMatch(event -> !(event instanceof DataChangeEvent.DataRefreshEvent));
        assertThat(test(view.grid).size()).isEqualTo(before - 1);
    }
}

package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The numbers beside the menu entries follow the changes that move them, without a reload. */
class MenuCountsLiveTest extends UiTest {

    private static final String PROVINCE = "73";

    @Autowired
    ChecklistService checklists;
    @Autowired
    DeskContactService contacts;


    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void a_task_done_elsewhere_lowers_the_task_count_on_an_open_screen() throws Exception {
        Users.staff(PROVINCE);
        // An item in progress is one of the province's tasks; done, it is no longer one.
        var open = checklists.regionChecklist("73.01").items().stream()
                .filter(item -> item.status() != ItemStatus.SELESAI && item.status() != ItemStatus.TIDAK_BERLAKU)
                .filter(item -> !item.sourceBound())
                .findFirst().orElseThrow();
        open = checklists.update(open.id(), new ChecklistItemDraft(ItemStatus.PROSES, "sedang dikerjakan", null,
                open.version()));
        navigate("tentang", com.vaadin.flow.component.Component.class);
        var before = taskCount();
        var entries = LitElements.list(layout().drawer(), "entries");

        checklists.update(open.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null,
                "https://sulsel.go.id/bukti/" + open.id() + ".pdf", open.version()));
        awaitPush(() -> taskCount() == before - 1);

        assertThat(taskCount()).isEqualTo(before - 1);
        assertThat(LitElements.list(layout().drawer(), "entries")).as("a live redraw keeps every entry")
                .hasSameSizeAs(entries);
    }

    @Test
    void a_change_that_moves_no_count_leaves_the_menu_alone() throws Exception {
        Users.staff(PROVINCE);
        navigate("tentang", com.vaadin.flow.component.Component.class);
        var entries = LitElements.list(layout().drawer(), "entries");

        var contact = contacts.find("73.02").map(details -> details.toDraft()).orElse(DeskContactDraft.empty());
        contacts.save("73.02", new DeskContactDraft("Nur Aisyah", "Kabid Poldagri", "Kesbangpol Kabupaten",
                "0813 4567 8901", "desk@example.go.id", contact.version()));
        Thread.sleep(600);
        runPushes();

        assertThat(LitElements.list(layout().drawer(), "entries")).isEqualTo(entries);
    }

    private long taskCount() {
        return LitElements.list(layout().drawer(), "entries").stream()
                .filter(entry -> "/checklist/tugas".equals(entry.get("path")))
                .map(entry -> (String) entry.get("count")).map(count -> count.isEmpty() ? 0 : Long.parseLong(count.replace(".", "")))
                .findFirst().orElse(0L);
    }

    private static MainLayout layout() {
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
    }
}

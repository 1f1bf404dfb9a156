package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The shell as two Lit components: the menu per role with its counts, the user, the title, language and size. */
class MainLayoutTest extends UiTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    UserService users;

    @Autowired
    id.go.kemendagri.siap.base.UserProfiles profiles;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void the_menu_lists_what_the_role_may_open_with_the_counts_beside_the_entries() {
        Users.staff("62");
        // An item in progress is a task of the province whatever the date (other tests move the clock).
        var item = checklists.regionChecklist("62.03").items().stream()
                .filter(i -> i.status() == ItemStatus.BELUM || i.status() == ItemStatus.PROSES)
                .filter(i -> !i.sourceBound()).findFirst().orElseThrow();
        if (item.status() != ItemStatus.PROSES) {
            checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, "dikerjakan", null, item.version()));
        }
        var entries = LitElements.list(shellOn("tentang").drawer(), "entries");

        assertThat(entries).extracting(entry -> entry.get("path")).contains("/wilayah", "/checklist/tugas", "/tentang")
                .doesNotContain("/admin/pengguna");
        assertThat(entries).filteredOn(entry -> "/wilayah".equals(entry.get("path"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("title")).isEqualTo("Wilayah");
                    assertThat(entry.get("icon")).isEqualTo("vaadin:map-marker");
                });
        assertThat(entries).filteredOn(entry -> "/checklist/tugas".equals(entry.get("path"))).singleElement()
                .satisfies(entry -> {
                    assertThat((String) entry.get("count")).matches("[\\d.]+");
                    assertThat((String) entry.get("countLabel")).endsWith("perlu ditindaklanjuti");
                });
    }

    @Test
    void the_user_box_shows_the_signed_in_user_as_data_and_sign_out_signs_out() {
        var username = "shell." + UUID.randomUUID().toString().substring(0, 8);
        Users.admin();
        users.create(new UserDraft(username, "Budi <Santoso>", Role.PROVINCIAL_STAFF, "62", true, "Rahasia-123456",
                "id", null));
        Users.signIn(username, Role.PROVINCIAL_STAFF, "62");
        var user = LitElements.bean(shellOn("tentang").drawer(), "user");

        // The name travels as data: Lit's templates escape it in the browser.
        assertThat(user).containsEntry("name", "Budi <Santoso>").containsEntry("role", "Staf Provinsi · 62")
                .containsEntry("signOut", "Keluar");
    }

    @Test
    void the_bar_shows_the_views_title_and_the_language_buttons_switch_and_remember_the_language() {
        var username = "shell." + UUID.randomUUID().toString().substring(0, 8);
        Users.admin();
        users.create(new UserDraft(username, "Pengguna Bahasa", Role.EVALUATOR, null, true,
                "Rahasia-123456", "id", null));
        Users.signIn(username, Role.EVALUATOR, null);
        var layout = shellOn("tentang");
        assertThat(layout.bar().getHeading()).isEqualTo("Tentang");
        assertThat(LitElements.list(layout.bar(), "languages")).containsExactly(
                Map.of("code", "id", "name", "Bahasa Indonesia", "current", true),
                Map.of("code", "en", "name", "English", "current", false));

        LitElements.fire(layout.bar(), "siap-language-select", Map.of("event.detail.language", "en"));

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(profiles.current().orElseThrow().locale().getLanguage()).isEqualTo("en");
        VaadinSession.getCurrent().setLocale(Locale.of("id", "ID"));
    }

    @Test
    void a_language_the_application_does_not_offer_is_ignored() {
        Users.evaluator();
        var layout = shellOn("tentang");

        LitElements.fire(layout.bar(), "siap-language-select", Map.of("event.detail.language", "<script>"));

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("id");
    }

    @Test
    void the_shell_is_a_handful_of_server_side_elements_whatever_the_menu_holds() {
        Users.admin();
        var layout = shellOn("tentang");
        var shellNodes = count(layout.getElement()) - count(layout.getContent().getElement());
        // Layout, bar, drawer and their slots; the inbox's bell (a HeaderItem) is two more (its link and its pieces).
        assertThat(shellNodes).isLessThanOrEqualTo(6);
        assertThat(LitElements.list(layout.drawer(), "entries")).extracting(entry -> entry.get("path"))
                .contains("/admin/pengguna", "/ringkasan");
    }

    private MainLayout shellOn(String path) {
        navigate(path, com.vaadin.flow.component.Component.class);
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
    }

    private static int count(Element element) {
        return 1 + element.getChildren().mapToInt(MainLayoutTest::count).sum();
    }
}

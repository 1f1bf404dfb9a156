package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The shell written as HTML: the menu per role with its counts, the user, the title, language and size. */
class MainLayoutTest extends UiTest {

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
        var layout = shellOn("tentang");
        var drawer = layout.drawerHtml();
        assertThat(drawer).contains("<vaadin-side-nav-item path=\"/wilayah\">", "vaadin:map-marker", ">Wilayah<",
                "path=\"/checklist/tugas\"", "path=\"/tentang\"").doesNotContain("path=\"/admin/pengguna\"");
        // Provincial staff of Kalimantan Tengah have open checklist tasks in the shared test data.
        assertThat(drawer).containsPattern("path=\"/checklist/tugas\">.*?<span theme=\"badge error small pill\" "
                + "class=\"menu-count\" slot=\"suffix\">\\d+</span></vaadin-side-nav-item>");
        assertThat(Markup.plainText(layout.navbarHtml())).contains("Tentang", "ID", "EN");
    }

    @Test
    void the_user_box_shows_the_signed_in_user_escaped_and_a_sign_out_button() {
        var username = "shell." + UUID.randomUUID().toString().substring(0, 8);
        Users.admin();
        users.create(new UserDraft(username, "Budi <Santoso>", Role.PROVINCIAL_STAFF, "62", true, "Rahasia-123456",
                "id", null));
        Users.signIn(username, Role.PROVINCIAL_STAFF, "62");
        var drawer = shellOn("tentang").drawerHtml();
        assertThat(drawer).contains("<vaadin-avatar name=\"Budi &lt;Santoso&gt;\"",
                "<span class=\"user-name\">Budi &lt;Santoso&gt;</span>", "Staf Provinsi · 62",
                "<vaadin-button id=\"sign-out\" data-action=\"sign-out\"");
        assertThat(drawer).doesNotContain("<Santoso>");
    }

    @Test
    void the_bar_shows_the_views_title_and_the_language_buttons_switch_and_remember_the_language() {
        var username = "shell." + UUID.randomUUID().toString().substring(0, 8);
        Users.admin();
        users.create(new UserDraft(username, "Pengguna Bahasa", Role.EVALUATOR, null, true,
                "Rahasia-123456", "id", null));
        Users.signIn(username, Role.EVALUATOR, null);
        var layout = shellOn("tentang");
        assertThat(layout.navbarHtml()).contains("<h1 class=\"view-title\">Tentang</h1>",
                "data-lang=\"id\" lang=\"id\" aria-label=\"Bahasa Indonesia\" title=\"Bahasa Indonesia\" aria-pressed=\"true\"",
                "data-lang=\"en\" lang=\"en\" aria-label=\"English\" title=\"English\" aria-pressed=\"false\"");

        click(layout.bar().getElement(), MainLayout.ON_LANGUAGE, MainLayout.LANGUAGE_CODE, "en");

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(profiles.current().orElseThrow().locale().getLanguage()).isEqualTo("en");
        VaadinSession.getCurrent().setLocale(Locale.of("id", "ID"));
    }

    @Test
    void the_shell_is_a_handful_of_server_side_elements_whatever_the_menu_holds() {
        Users.admin();
        var layout = shellOn("tentang");
        var shellNodes = count(layout.getElement()) - count(layout.getContent().getElement());
        assertThat(shellNodes).isLessThanOrEqualTo(4);
        assertThat(layout.drawerHtml()).contains("path=\"/admin/pengguna\"", "path=\"/ringkasan\"");
    }

    private MainLayout shellOn(String path) {
        navigate(path, com.vaadin.flow.component.Component.class);
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
    }

    private static int count(Element element) {
        return 1 + element.getChildren().mapToInt(MainLayoutTest::count).sum();
    }

    private static void click(Element element, String filter, String key, String value) {
        var data = JacksonUtils.createObjectNode();
        data.put(filter, true);
        data.put(key, value);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
    }
}

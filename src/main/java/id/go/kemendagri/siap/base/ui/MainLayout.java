package id.go.kemendagri.siap.base.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;

/**
 * The shell around every signed-in view: navigation built from the views' {@code @Menu} annotations
 * (only what the user's role may open) with the features' counts beside the entries, the signed-in
 * user, the language switch and sign-out.
 * <p>
 * The shell stays open in every session for as long as a page is, so it is written as HTML into two
 * elements (the bar and the drawer) instead of a hundred components; the browser's own web components
 * ({@code vaadin-side-nav}, {@code vaadin-drawer-toggle}, {@code vaadin-avatar}, {@code vaadin-button}) do
 * the rest. One click listener per element serves the language buttons and sign-out. Texts that come
 * from data (names, counts) are escaped by {@link Markup}.
 */
@Layout
@PermitAll
@StyleSheet("styles/shell.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String LANGUAGE = "event.target.closest('[data-lang]')";
    private static final String ACTION = "event.target.closest('[data-action]')";
    static final String ON_LANGUAGE = "!!" + LANGUAGE;
    static final String LANGUAGE_CODE = LANGUAGE + "?.dataset.lang";
    static final String ON_ACTION = "!!" + ACTION;
    static final String ACTION_NAME = ACTION + "?.dataset.action";

    private final Div bar = new Div();
    private final Div drawer = new Div();
    private final transient AuthenticationContext authentication;
    private final transient UserProfiles profiles;
    private final transient List<MenuCount> menuCounts;
    private final String demoDate;
    private String viewTitle = "";
    private String navbarHtml = "";
    private String drawerHtml = "";

    MainLayout(AuthenticationContext authentication, UserProfiles profiles, DemoMode demoMode, List<MenuCount> menuCounts,
            Clock clock) {
        this.authentication = authentication;
        this.profiles = profiles;
        this.menuCounts = menuCounts;
        this.demoDate = demoMode.active() ? Formats.date(LocalDate.now(clock.withZone(Formats.WIB)), getLocale()) : null;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        bar.addClassName("navbar");
        bar.getElement().addEventListener("click", event -> switchLanguage(event.getEventData().get(LANGUAGE_CODE).asString()))
                .setFilter(ON_LANGUAGE).addEventData(LANGUAGE_CODE);
        drawer.addClassName("drawer-content");
        drawer.getElement().addEventListener("click", event -> {
            if ("sign-out".equals(event.getEventData().get(ACTION_NAME).asString())) {
                authentication.logout();
            }
        }).setFilter(ON_ACTION).addEventData(ACTION_NAME);
        addToNavbar(bar);
        addToDrawer(drawer);
        renderBar();
        renderDrawer();
    }

    private void renderBar() {
        var html = new Markup()
                .open("vaadin-drawer-toggle", "aria-label", getTranslation("shell.menu-toggle")).close("vaadin-drawer-toggle")
                .element("h1", viewTitle, "class", "view-title");
        if (demoDate != null) {
            html.element("span", getTranslation("shell.demo", demoDate), "theme", "badge warning", "class", "demo-badge",
                    "title", getTranslation("shell.demo.tooltip"));
        }
        html.element("span", "", "class", "navbar-spacer");
        html.open("div", "class", "language-switch", "role", "group", "aria-label", getTranslation("shell.language"),
                "title", getTranslation("shell.language"))
                .open("vaadin-icon", "icon", "vaadin:globe", "aria-hidden", "true").close("vaadin-icon");
        var current = getLocale().getLanguage();
        for (var locale : Translations.LOCALES) {
            var language = locale.getLanguage();
            var name = getTranslation("shell.language." + language);
            html.element("button", language.toUpperCase(Locale.ROOT), "type", "button", "data-lang", language, "lang",
                    language, "aria-label", name, "title", name, "aria-pressed", String.valueOf(language.equals(current)));
        }
        html.close("div");
        navbarHtml = set(bar, navbarHtml, html.toString());
    }

    private void renderDrawer() {
        var html = new Markup().open("div", "class", "brand")
                .element("span", getTranslation("app.name"), "class", "app-name")
                .element("span", getTranslation("app.tagline"), "class", "app-tagline")
                .close("div");
        html.open("nav", "class", "main-nav-scroller", "aria-label", getTranslation("shell.navigation"))
                .open("vaadin-side-nav", "class", "main-nav");
        var counts = counts();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            html.open("vaadin-side-nav-item", "path", entry.path());
            if (entry.icon() != null) {
                html.open("vaadin-icon", "icon", entry.icon(), "slot", "prefix").close("vaadin-icon");
            }
            html.text(getTranslation(entry.title()));
            var count = counts.get(entry.path().replaceFirst("^/", ""));
            if (count != null && count > 0) {
                html.element("span", Formats.number(count, getLocale()), "theme", "badge error small pill", "class",
                        "menu-count", "slot", "suffix");
            }
            html.close("vaadin-side-nav-item");
        }
        html.close("vaadin-side-nav").close("nav");
        profiles.current().ifPresent(profile -> html.open("div", "class", "user-box")
                .open("div", "class", "user")
                .open("vaadin-avatar", "name", profile.fullName(), "aria-hidden", "true").close("vaadin-avatar")
                .open("div")
                .element("span", profile.fullName(), "class", "user-name")
                .element("span", roleLine(profile), "class", "user-role")
                .close("div").close("div")
                .open("vaadin-button", "id", "sign-out", "data-action", "sign-out", "theme", "tertiary small")
                .open("vaadin-icon", "icon", "vaadin:sign-out", "slot", "prefix").close("vaadin-icon")
                .text(getTranslation("shell.sign-out"))
                .close("vaadin-button")
                .close("div"));
        drawerHtml = set(drawer, drawerHtml, html.toString());
    }

    /**
     * Sends the HTML only when it changed, so that a navigation does not redraw an unchanged menu; keeps
     * the instance already sent, so that the layout and its element share one copy.
     */
    private static String set(Div target, String before, String html) {
        if (html.equals(before)) {
            return before;
        }
        target.getElement().setProperty("innerHTML", html);
        return html;
    }

    private Map<String, Long> counts() {
        var counts = new HashMap<String, Long>();
        for (var count : menuCounts) {
            counts.put(count.path(), count.count());
        }
        return counts;
    }

    /** Re-reads the numbers beside the menu entries; features may call it after a change too. */
    public void refreshMenuCounts() {
        renderDrawer();
    }

    private void switchLanguage(String language) {
        Translations.LOCALES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst()
                .filter(locale -> !locale.getLanguage().equals(getLocale().getLanguage()))
                .ifPresent(locale -> {
                    profiles.rememberLanguage(locale);
                    VaadinSession.getCurrent().setLocale(locale);
                    UI.getCurrent().getPage().reload();
                });
    }

    private String roleLine(UserProfile profile) {
        var role = getTranslation(profile.roleKey());
        return profile.provinceCode().isEmpty() ? role : role + " · " + profile.provinceCode();
    }

    /** The bar's HTML as last sent: the menu toggle, the view's title, the demo badge and the language buttons. */
    String navbarHtml() {
        return navbarHtml;
    }

    /** The drawer's HTML as last sent: the application's name, the menu with its counts and the user. */
    String drawerHtml() {
        return drawerHtml;
    }

    Div bar() {
        return bar;
    }

    Div drawer() {
        return drawer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle = content instanceof HasDynamicTitle titled ? titled.getPageTitle().split(" \\| ")[0] : "";
        renderBar();
        renderDrawer();
    }
}

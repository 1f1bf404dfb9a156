package id.go.kemendagri.siap.base.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;

/**
 * The shell around every signed-in view: navigation built from the views' {@code @Menu} annotations (only
 * what the user's role may open) with the features' counts beside the entries, the signed-in user, the
 * language switch and sign-out.
 * <p>
 * The shell stays open in every session for as long as a page is, so it is two Lit components
 * ({@link ShellBar}, {@link ShellDrawer}) fed with records, not a hundred server-side components; the
 * browser draws the menu with Vaadin's side navigation.
 */
@Layout
@PermitAll
@StyleSheet("styles/shell.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ShellBar bar = new ShellBar();
    private final ShellDrawer drawer;
    private final transient SessionProfiles profiles;
    private final transient MenuCounts menuCounts;
    private List<MenuEntry> menu = List.of();

    MainLayout(AuthenticationContext authentication, SessionProfiles profiles, DemoMode demoMode, MenuCounts menuCounts,
            Clock clock, org.springframework.beans.factory.ObjectProvider<HeaderItem> headerItems) {
        this.profiles = profiles;
        this.menuCounts = menuCounts;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        bar.addClassName("navbar");
        bar.setLabels(getTranslation("shell.menu-toggle"), getTranslation("shell.language"));
        if (demoMode.active()) {
            var date = Formats.date(Formats.today(clock), getLocale());
            bar.setDemo(new ShellBar.Demo(getTranslation("shell.demo", date), getTranslation("shell.demo.tooltip")));
        }
        var current = getLocale().getLanguage();
        bar.setLanguages(Translations.LOCALES.stream().map(locale -> new ShellBar.Language(locale.getLanguage(),
                getTranslation("shell.language." + locale.getLanguage()), locale.getLanguage().equals(current))).toList());
        bar.addLanguageSelectListener(event -> switchLanguage(event.language()));

        drawer = new ShellDrawer(getTranslation("app.name"), getTranslation("app.tagline"),
                getTranslation("shell.navigation"));
        drawer.addClassName("drawer-content");
        profiles.current().ifPresent(profile -> drawer.setUser(new ShellDrawer.User(profile.fullName(),
                roleLine(profile), getTranslation("shell.sign-out"))));
        drawer.addSignOutListener(event -> authentication.logout());
        addToNavbar(bar);
        headerItems.orderedStream().sorted(java.util.Comparator.comparingInt(HeaderItem::order))
                .forEach(item -> addToNavbar(item.create()));
        addToDrawer(drawer);
    }

    private void renderMenu() {
        var counts = menuCounts.current();
        drawer.setEntries(menu.stream().map(entry -> {
            var count = counts.get(entry.path().replaceFirst("^/", ""));
            var shown = count != null && count > 0;
            return new ShellDrawer.Entry(entry.path(), getTranslation(entry.title()), entry.icon(),
                    shown ? Formats.number(count, getLocale()) : "",
                    shown ? getTranslation("shell.menu-count", count) : "");
        }).toList());
    }

    /**
     * Redraws the numbers beside the menu entries (live updates call it after a change that moves one). The
     * entries themselves stay those found at the last navigation: which entries a user may open is decided
     * from the HTTP request, and a live update runs without one.
     */
    public void refreshMenuCounts() {
        renderMenu();
    }

    /** Switches to one of the offered languages (anything else the browser sends is ignored) and reloads. */
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

    ShellBar bar() {
        return bar;
    }

    ShellDrawer drawer() {
        return drawer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        bar.setHeading(content instanceof HasDynamicTitle titled ? titled.getPageTitle().split(" \\| ")[0] : "");
        menu = MenuConfiguration.getMenuEntries();
        renderMenu();
    }
}

package id.go.kemendagri.siap.base.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;

/**
 * The shell around every signed-in view: navigation built from the views' {@code @Menu} annotations
 * (only what the user's role may open), the signed-in user, the language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final transient AuthenticationContext authentication;
    private final transient UserProfiles profiles;
    private final transient List<MenuCount> menuCounts;
    private final Map<String, Span> countBadges = new HashMap<>();

    MainLayout(AuthenticationContext authentication, UserProfiles profiles, DemoMode demoMode, List<MenuCount> menuCounts,
            Clock clock) {
        this.authentication = authentication;
        this.profiles = profiles;
        this.menuCounts = menuCounts;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        viewTitle.addClassName("view-title");
        // Long titles (meetings) stay on one line in the bar; the page repeats them in full.
        viewTitle.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0").set("flex-shrink", "1");
        var header = new HorizontalLayout(toggle, viewTitle);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("navbar");
        if (demoMode.active()) {
            var demo = new Span(getTranslation("shell.demo", Formats.date(LocalDate.now(clock.withZone(Formats.WIB)), getLocale())));
            demo.getElement().getThemeList().add("badge warning");
            demo.addClassName("demo-badge");
            demo.getElement().setAttribute("title", getTranslation("shell.demo.tooltip"));
            header.add(demo);
        }
        var spacer = new Div();
        header.addAndExpand(spacer);
        header.add(languageSelect());
        addToNavbar(header);

        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        var appTagline = new Span(getTranslation("app.tagline"));
        appTagline.addClassName("app-tagline");
        var brand = new Div(appName, appTagline);
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(navigation()), userBox());
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var title = getTranslation(entry.title());
        var item = entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
        var path = entry.path().replaceFirst("^/", "");
        if (menuCounts.stream().anyMatch(count -> count.path().equals(path))) {
            var badge = new Span();
            badge.getElement().getThemeList().add("badge error small pill");
            badge.addClassName("menu-count");
            badge.setVisible(false);
            item.setSuffixComponent(badge);
            countBadges.put(path, badge);
        }
        return item;
    }

    /** Re-reads the numbers beside the menu entries; features may call it after a change too. */
    public void refreshMenuCounts() {
        for (var count : menuCounts) {
            var badge = countBadges.get(count.path());
            if (badge != null) {
                var value = count.count();
                badge.setText(Formats.number(value, getLocale()));
                badge.setVisible(value > 0);
            }
        }
    }

    private Select<Locale> languageSelect() {
        var select = new Select<Locale>();
        select.setItems(Translations.LOCALES);
        select.setItemLabelGenerator(locale -> getTranslation("shell.language." + locale.getLanguage()));
        select.setValue(Translations.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(Translations.LOCALES.getFirst()));
        select.setAriaLabel(getTranslation("shell.language"));
        select.addClassName("language-select");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                profiles.rememberLanguage(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    private Component userBox() {
        var box = new Div();
        box.addClassName("user-box");
        profiles.current().ifPresent(profile -> {
            var avatar = new Avatar(profile.fullName());
            var name = new Span(profile.fullName());
            name.addClassName("user-name");
            var role = new Span(roleLine(profile));
            role.addClassName("user-role");
            var signOut = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            signOut.setId("sign-out");
            box.add(new HorizontalLayout(avatar, new Div(name, role)), signOut);
        });
        return box;
    }

    private String roleLine(UserProfile profile) {
        var role = getTranslation(profile.roleKey());
        return profile.provinceCode().isEmpty() ? role : role + " · " + profile.provinceCode();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle().split(" \\| ")[0] : "");
        refreshMenuCounts();
    }
}

package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen of the production jar, for each role it is meant for, opened by URL in a fresh page load (as a
 * bookmark or a reload does, so no earlier screen can have loaded what this one needs): it renders, every
 * custom element in it is defined, and the console shows no error (no failed load, no 403/404, no exception).
 * The routes are the role's menu entries plus the detail pages; a screenshot of each is kept under
 * {@code target/shipped/screens/<role>/} to look at. Then the menu itself: every entry navigates, and at
 * 390 px the menu button opens the drawer.
 */
@ExtendWith(FailureScreenshots.class)
class ScreensShippedIT {

    private final ShippedApp app = ShippedApp.get();
    private Chromium browser;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium and chromium-driver are missing (.ci/run installs them)");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin     | /ringkasan,/wilayah,/kepala-daerah,/checklist/verifikasi,/checklist/templat,/anggaran,/rapat,/admin/pengguna,/kepala-daerah/indikator
            evaluator | /ringkasan,/wilayah,/kepala-daerah,/kepala-daerah/peringatan,/kepala-daerah/persetujuan,/checklist/verifikasi,/checklist/rekap,/anggaran,/anggaran/rekap,/rapat,/aktivitas
            kalteng   | /wilayah,/kepala-daerah,/kepala-daerah/persetujuan,/checklist/tugas,/anggaran,/rapat,/aktivitas
            pimpinan  | /ringkasan,/wilayah,/kepala-daerah,/checklist/rekap,/anggaran/rekap,/aktivitas
            """)
    void every_screen_of_the_role_opens_by_url_complete_and_without_console_errors(String role, String expectedMenu) {
        browser = new Chromium(app, 1440);
        browser.signIn(role, role);
        var menu = menuPaths();
        assertThat(menu).as("menu of " + role).contains(expectedMenu.split(","));

        var routes = new LinkedHashSet<String>(menu);
        routes.addAll(detailRoutes(role));
        var soft = new SoftAssertions();
        browser.consoleErrors();
        for (var route : routes) {
            browser.open(route);
            browser.screenshot(ShippedApp.TARGET.resolve("shipped/screens").resolve(role)
                    .resolve((route.equals("/") ? "home" : route.substring(1).replace('/', '_')) + ".png"));
            soft.assertThat(browser.all(".error-view")).as(role + " " + route + ": an error view").isEmpty();
            soft.assertThat(browser.undefinedElements()).as(role + " " + route + ": custom elements never defined").isEmpty();
            soft.assertThat(browser.consoleErrors()).as(role + " " + route + ": console errors").isEmpty();
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({ "1440", "390" })
    void every_menu_entry_navigates_and_the_menu_button_opens_the_drawer(int width) {
        browser = new Chromium(app, width);
        browser.signIn("evaluator", "evaluator");
        var soft = new SoftAssertions();
        for (var path : menuPaths()) {
            if (width < 800) {
                browser.click("vaadin-drawer-toggle");
                soft.assertThat(browser.find("vaadin-app-layout").getAttribute("drawer-opened"))
                        .as("drawer opened by the menu button").isNotNull();
            }
            browser.click("vaadin-side-nav-item[path='" + path.substring(1) + "'], vaadin-side-nav-item[path='" + path + "']");
            soft.assertThat(currentPath()).as("after clicking the menu entry " + path).isEqualTo(path);
            soft.assertThat(browser.all(".error-view")).as(path + ": an error view").isEmpty();
        }
        soft.assertThat(browser.undefinedElements()).as("custom elements never defined").isEmpty();
        soft.assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        soft.assertAll();
    }

    /** The paths of the menu entries the signed-in user sees, as absolute paths. */
    @SuppressWarnings("unchecked")
    private List<String> menuPaths() {
        var paths = (List<String>) browser.script("""
                return [...document.querySelectorAll('vaadin-side-nav-item')].map((item) => item.getAttribute('path'));
                """);
        var absolute = new ArrayList<String>();
        for (var path : paths) {
            absolute.add(path.startsWith("/") ? path : "/" + path);
        }
        return absolute;
    }

    private Set<String> detailRoutes(String role) {
        var routes = new LinkedHashSet<String>();
        routes.add("/");
        routes.add("/wilayah/62.07");
        routes.add("/tentang");
        routes.add(role.equals("kalteng") ? "/ringkasan/62" : "/ringkasan/64");
        if (!role.equals("pimpinan")) {
            browser.open("/rapat");
            var link = browser.all("a[href*='rapat/']");
            if (!link.isEmpty()) {
                var href = link.getFirst().getAttribute("href");
                routes.add(href.substring(href.indexOf("/rapat/")));
            }
        }
        if (role.equals("kalteng")) {
            routes.add("/anggaran/impor");
            routes.add("/kepala-daerah/persetujuan?wilayah=62.07");
        }
        return routes;
    }

    private String currentPath() {
        return (String) browser.script("return location.pathname");
    }
}

package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.domain.AppUser;

/**
 * The screens people open on a phone (390 px), a tablet (820 px) and a desktop (1440 px): each is opened by URL
 * in a fresh page at each width, saved as a screenshot of the whole page under
 * {@code target/screenshots/responsive/<screen>-<width>.png}, and nothing may stick out past the window's
 * right edge: neither the document ({@code scrollWidth <= innerWidth}) nor any element, unless it lies in a box
 * that scrolls sideways on purpose (a grid's body, a board list's box). The shell: the bell beside the language
 * switch, never over it; the menu an overlay drawer up to a tablet's width, a column beside the page on a
 * desktop. The grids show one card per row on a phone.
 */
class ResponsiveBrowserIT extends BrowserTest {

    private static final List<Integer> WIDTHS = List.of(390, 820, 1440);
    private static final String PROVINCE = "64";
    private static final String REGION = "64.01";

    /** A screen: its name in the screenshot's file, its path, what shows it is drawn, and whether it is a grid. */
    private record Screen(String name, String path, String ready, boolean grid) {
    }

    private static final List<Screen> EVALUATOR_SCREENS = List.of(
            new Screen("ringkasan", "ringkasan", "siap-tile-map a.siap-tile", false),
            new Screen("ringkasan-provinsi", "ringkasan/" + PROVINCE, "siap-tile-map a.siap-tile", false),
            new Screen("wilayah", "wilayah/" + REGION, ".region-header", false),
            new Screen("kepala-daerah", "kepala-daerah", "vaadin-grid.head-grid", true),
            new Screen("anggaran", "anggaran", "vaadin-grid.budget-grid", true),
            new Screen("persetujuan", "kepala-daerah/persetujuan", ".approvals-view vaadin-grid", true),
            new Screen("rekap-kesiapan", "checklist/rekap", "vaadin-grid.recap-grid vaadin-grid-cell-content", false),
            new Screen("verifikasi", "checklist/verifikasi", "vaadin-grid.verification-grid vaadin-grid-cell-content", false));
    private static final List<Screen> STAFF_SCREENS = List.of(
            new Screen("checklist-tugas", "checklist/tugas", "vaadin-grid.tasks-grid", true));

    /**
     * What sticks out past the window's right edge, in the page and in shadow roots (slotted elements are
     * followed to their slot), unless an ancestor that fits the window scrolls sideways (overflow-x auto or
     * scroll) or is visually hidden (1 px, the charts' tables for screen readers).
     */
    private static final String OVERFLOW = """
            const right = innerWidth + 1;
            const up = (e) => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
            const scroller = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
            const all = [];
            const walk = (root) => { for (const e of root.querySelectorAll('*')) { all.push(e); if (e.shadowRoot) walk(e.shadowRoot); } };
            walk(document);
            const wide = [];
            for (const e of all) {
              const box = e.getBoundingClientRect();
              if (box.width === 0 || box.right <= right || getComputedStyle(e).visibility === 'hidden') continue;
              let inside = false;
              for (let p = up(e); p; p = up(p)) {
                const outer = p.getBoundingClientRect();
                if (outer.width <= 1 || (scroller(p) && outer.right <= right)) { inside = true; break; }
              }
              if (!inside) wide.push(e.localName + [...e.classList].map((c) => '.' + c).join('') + ' right ' + Math.round(box.right));
            }
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth, wide: wide.slice(0, 12) };""";

    /** The height of the whole page: the document's, or that of the box that scrolls it (a grid's body is not one). */
    private static final String PAGE_HEIGHT = """
            let height = document.documentElement.scrollHeight;
            const walk = (root) => { for (const e of root.querySelectorAll('*')) {
              const style = getComputedStyle(e);
              if (e.scrollHeight > e.clientHeight + 2 && ['auto', 'scroll'].includes(style.overflowY)
                  && e.clientWidth > innerWidth / 2 && !e.closest('vaadin-grid') && e.getRootNode().host?.localName !== 'vaadin-grid') {
                height = Math.max(height, e.scrollHeight + e.getBoundingClientRect().top);
              }
              if (e.shadowRoot) walk(e.shadowRoot);
            } };
            walk(document);
            return Math.ceil(height);""";

    private ChromeDriver browser;

    @Test
    void boards_region_page_and_lists_fit_a_phone_a_tablet_and_a_desktop() throws Exception {
        var soft = new SoftAssertions();
        browser = (ChromeDriver) browser();
        signIn(createUser("penilai-" + suffix(), Role.EVALUATOR, null));
        for (var screen : EVALUATOR_SCREENS) {
            check(screen, soft);
        }
        browser.quit();
        browser = (ChromeDriver) browser();
        signIn(createUser("staf-" + suffix(), Role.PROVINCIAL_STAFF, PROVINCE));
        for (var screen : STAFF_SCREENS) {
            check(screen, soft);
        }
        soft.assertAll();
    }

    private void check(Screen screen, SoftAssertions soft) throws Exception {
        for (var width : WIDTHS) {
            var what = screen.name() + " at " + width + " px";
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url("/" + screen.path()));
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(screen.ready())));
            if (screen.grid()) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(screen.ready() + " vaadin-grid-cell-content")));
                var narrow = By.cssSelector(screen.ready() + "[theme~='narrow']");
                if (width <= 600) {
                    wait.until(ExpectedConditions.presenceOfElementLocated(narrow));
                } else {
                    soft.assertThat(browser.findElements(narrow)).as("%s: columns, not cards", what).isEmpty();
                }
            }
            // Development mode's tools (not in the production jar) would lie over the page in the screenshot.
            script("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach((e) => e.remove())");
            var innerWidth = ((Number) script("return innerWidth")).intValue();
            soft.assertThat(innerWidth).as("%s: the window's width", what).isEqualTo(width);
            shell(what, width, soft);

            // The whole page at once: lazily drawn parts of the region page appear, and the screenshot has them.
            var height = Math.min(((Number) script(PAGE_HEIGHT)).intValue(), 12_000);
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", Math.max(height, 900), "deviceScaleFactor", 1, "mobile", false));
            Thread.sleep(1500);
            @SuppressWarnings("unchecked")
            var result = (Map<String, Object>) script(OVERFLOW);
            soft.assertThat(((Number) result.get("scrollWidth")).intValue()).as("%s: the document's width", what)
                    .isLessThanOrEqualTo(width);
            soft.assertThat((List<?>) result.get("wide")).as("%s: wider than the window", what).isEmpty();
            var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false));
            var file = screenshots().resolve(screen.name() + "-" + width + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static final By AGED_ROWS = By.cssSelector("siap-board-lists .board-list-aged tbody tr");

    /**
     * The boards' lists (issue 18), with the frontend of the build the test runs in (after {@code ./mvnw -Pproduction
     * package}): on a desktop the lists never scroll inside the page, show ten rows and "show all", and sort by a
     * header clicked or chosen with the keyboard ({@code aria-sort}); the headline cards are as tall as their
     * content; on a phone each row is a card; on a tablet the heads and budget grids fit without scrolling
     * sideways. Screenshots under {@code target/screenshots/boards/}.
     */
    @Test
    void board_lists_sort_show_all_never_scroll_inside_the_page_and_are_cards_on_a_phone() throws Exception {
        var soft = new SoftAssertions();
        browser = (ChromeDriver) browser();
        signIn(createUser("pimpinan-" + suffix(), Role.LEADERSHIP, null));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // A desktop.
        open("ringkasan", 1440, wait);
        var total = ((Number) script("return document.querySelectorAll('siap-board-lists section').length")).intValue();
        soft.assertThat(total).as("the five lists").isEqualTo(5);
        soft.assertThat(browser.findElements(By.cssSelector(".board-list-this-week h3"))).as("this week's list")
                .singleElement().satisfies(h -> assertThat(h.getText()).isEqualTo("Minggu ini"));
        @SuppressWarnings("unchecked")
        var scrolling = (List<Object>) script("""
                return [...document.querySelectorAll('.board-table-wrap')].filter((e) => e.scrollHeight > e.clientHeight + 1
                    || getComputedStyle(e).maxHeight !== 'none').map((e) => e.className);""");
        soft.assertThat(scrolling).as("lists that scroll inside the page").isEmpty();
        soft.assertThat(browser.findElements(AGED_ROWS).size()).as("rows before 'show all'").isBetween(1, 10);
        var shown = browser.findElements(AGED_ROWS).size();
        var showAll = browser.findElements(By.cssSelector(".board-list-aged .board-show-all"));
        if (!showAll.isEmpty()) {
            click(showAll.getFirst());
            wait.until(d -> d.findElements(AGED_ROWS).size() > shown);
        }
        var rows = browser.findElements(AGED_ROWS).size();
        soft.assertThat(rows).as("every province with overdue items").isGreaterThanOrEqualTo(shown);
        soft.assertThat(column("aged", 3)).as("worst first: most items more than 30 days late")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        screenshot("ringkasan-lists-1440");

        // A header sorts: the total, largest first; again, smallest first; by the keyboard, the province's name.
        var header = "siap-board-lists .board-list-aged th:nth-child(5)";
        click(browser.findElement(By.cssSelector(header + " button")));
        wait.until(d -> "descending".equals(d.findElement(By.cssSelector(header)).getAttribute("aria-sort")));
        soft.assertThat(column("aged", 4)).as("total, descending").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        click(browser.findElement(By.cssSelector(header + " button")));
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector(header)).getAttribute("aria-sort")));
        soft.assertThat(column("aged", 4)).as("total, ascending").isSorted();
        var name = "siap-board-lists .board-list-aged th:nth-child(1)";
        browser.findElement(By.cssSelector(name + " button")).sendKeys(Keys.ENTER);
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector(name)).getAttribute("aria-sort")));
        soft.assertThat(browser.findElement(By.cssSelector(header)).getAttribute("aria-sort")).isEqualTo("none");
        @SuppressWarnings("unchecked")
        var names = (List<String>) script("""
                return [...document.querySelectorAll('.board-list-aged tbody tr td:first-child')].map((e) => e.textContent.trim());""");
        soft.assertThat(names).as("by name").hasSize(rows);
        soft.assertThat(names.getFirst().compareToIgnoreCase(names.getLast())).as("by name: first before last")
                .isLessThanOrEqualTo(0);
        screenshot("ringkasan-sorted-1440");

        // The headline cards: no card much taller than what it holds.
        @SuppressWarnings("unchecked")
        var slack = (List<Number>) script("""
                return [...document.querySelectorAll('.board-figure')].map((card) => {
                  const style = getComputedStyle(card);
                  const inner = [...card.children].reduce((sum, c) => sum + c.getBoundingClientRect().height, 0)
                    + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth)
                    + parseFloat(style.borderBottomWidth) + parseFloat(style.rowGap || 0) * (card.children.length - 1);
                  return card.getBoundingClientRect().height - inner; });""");
        soft.assertThat(slack).as("empty height in each headline card").allSatisfy(s -> assertThat(s.doubleValue()).isLessThan(4));

        // A phone: each row a card with its columns' names; nothing wider than the window.
        open("ringkasan", 390, wait);
        @SuppressWarnings("unchecked")
        var phone = (Map<String, Object>) script("""
                const row = document.querySelector('.board-list-aged tbody tr');
                const cell = row.querySelector('td:nth-child(2)');
                return { row: getComputedStyle(row).display, cell: getComputedStyle(cell).display,
                         label: getComputedStyle(cell, '::before').content, width: document.documentElement.scrollWidth,
                         sticky: [...document.querySelectorAll('.board-table td')].some((td) => getComputedStyle(td).position === 'sticky') };""");
        soft.assertThat(phone.get("row")).as("a row as a card").isEqualTo("flex");
        soft.assertThat(phone.get("cell")).isEqualTo("flex");
        soft.assertThat((String) phone.get("label")).as("the column's name beside the value").contains("7 hari");
        soft.assertThat(phone.get("sticky")).as("no sticky column").isEqualTo(false);
        soft.assertThat(((Number) phone.get("width")).intValue()).isLessThanOrEqualTo(390);
        screenshot("ringkasan-lists-390");

        // A tablet: the heads and budget grids without sideways scrolling.
        for (var grid : List.of("kepala-daerah:vaadin-grid.head-grid", "anggaran:vaadin-grid.budget-grid")) {
            var path = grid.substring(0, grid.indexOf(':'));
            var selector = grid.substring(grid.indexOf(':') + 1);
            browser.manage().window().setSize(new Dimension(820, 900));
            browser.get(url("/" + path));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " vaadin-grid-cell-content")));
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.querySelector(arguments[0]).getAttribute('theme')?.includes('tablet') === true", selector)));
            Thread.sleep(500);
            @SuppressWarnings("unchecked")
            var sideways = (Map<String, Object>) script("""
                    const table = document.querySelector(arguments[0]).shadowRoot.querySelector('#table');
                    return { scroll: table.scrollWidth, client: table.clientWidth };""", selector);
            soft.assertThat(((Number) sideways.get("scroll")).intValue()).as("%s at 820 px: no sideways scrolling", path)
                    .isLessThanOrEqualTo(((Number) sideways.get("client")).intValue() + 1);
            screenshot(path + "-820");
        }
        soft.assertAll();
    }

    /** A click as a person's, on the element scrolled to the middle of the window (not under the app's header). */
    private void click(org.openqa.selenium.WebElement element) throws InterruptedException {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        Thread.sleep(200);
        element.click();
    }

    private List<Long> column(String list, int index) {
        @SuppressWarnings("unchecked")
        var texts = (List<String>) script("return [...document.querySelectorAll('.board-list-' + arguments[0]"
                + " + ' tbody tr')].map((row) => row.children[arguments[1]].textContent.trim())", list, index);
        return texts.stream().map(t -> Long.parseLong(t.replace(".", "").replace(",", ""))).toList();
    }

    private void open(String path, int width, WebDriverWait wait) throws InterruptedException {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url("/" + path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("siap-board-lists .board-list-aged")));
        script("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach((e) => e.remove())");
        Thread.sleep(1000);
    }

    /** The whole page as a screenshot under {@code target/screenshots/boards/}. */
    private void screenshot(String name) throws Exception {
        script("document.querySelectorAll('*').forEach((e) => { if (e.scrollTop) e.scrollTop = 0; })");
        var height = ((Number) script(PAGE_HEIGHT)).intValue();
        var width = ((Number) script("return innerWidth")).intValue();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Math.min(Math.max(height, 900), 12_000), "deviceScaleFactor", 1, "mobile", false));
        Thread.sleep(800);
        var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        var dir = screenshots().resolveSibling("boards");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The bell lies beside the language switch; the menu is an overlay drawer up to a tablet's width. */
    private void shell(String what, int width, SoftAssertions soft) {
        @SuppressWarnings("unchecked")
        var shell = (Map<String, Object>) script("""
                const bellElement = document.querySelector('#notification-bell');
                if (!bellElement) return { overlap: false, inside: true, overlay: document.querySelector('vaadin-app-layout').hasAttribute('overlay') };
                const bell = bellElement.getBoundingClientRect();
                const language = document.querySelector('.language-switch').getBoundingClientRect();
                return { overlap: bell.left < language.right && language.left < bell.right
                           && bell.top < language.bottom && language.top < bell.bottom,
                         inside: bell.right <= innerWidth,
                         overlay: document.querySelector('vaadin-app-layout').hasAttribute('overlay') };""");
        soft.assertThat(shell.get("overlap")).as("%s: the bell over the language switch", what).isEqualTo(false);
        soft.assertThat(shell.get("inside")).as("%s: the bell inside the window", what).isEqualTo(true);
        soft.assertThat(shell.get("overlay")).as("%s: the menu as an overlay drawer", what).isEqualTo(width <= 1024);
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static Path screenshots() throws java.io.IOException {
        var target = System.getProperty("siap.target", "target");
        var dir = Path.of(target, "screenshots", "responsive");
        Files.createDirectories(dir);
        return dir;
    }

    private void signIn(AppUser user) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(browser, user);
    }
}

package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.checklist.ItemRef;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Verification;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.Users;

/**
 * The national board in a real browser: leadership watch it while an evaluator verifies the waiting
 * checklist items of Kabupaten Bolaang Mongondow Selatan (71.05) at once, which takes the region from
 * about half to fully ready; the number of ready regions goes up on the open page without a reload.
 */
class BoardBrowserIT extends BrowserTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final String REGION = "71.05";
    private static final By READY = By.cssSelector(".figure-ready .figure-value");

    @Autowired
    ChecklistService checklists;

    @Test
    void a_checklist_verification_moves_the_national_figure_live() {
        var waiting = halfVerifiedRestWaiting();
        var leader = createUser("pimpinan-" + suffix(), Role.LEADERSHIP, null);
        var browser = browser();
        signIn(browser, leader);
        browser.get(url("/"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/ringkasan"));
        var before = wait.until(ExpectedConditions.visibilityOfElementLocated(READY)).getText();
        var readyBefore = Long.parseLong(before.split(" ")[0].replace(".", ""));

        assertThat(checklists.verifyAll(waiting).skipped()).isEmpty();

        var expected = String.format(java.util.Locale.ROOT, "%d ", readyBefore + 1);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(READY).getText().replace(".", "").startsWith(expected));
        assertThat(browser.findElement(By.cssSelector(".figure-ready .figure-updated")).getText())
                .contains("Diperbarui");
    }

    /**
     * The parts on the page: a province tile opens the province board, a kabupaten tile its region page, a
     * chart's table is shown by its button, and the console stays free of errors; at a phone's, a tablet's
     * and a desktop's width nothing is wider than the page but the tile map, which scrolls within itself.
     * With {@code -Dsiap.board.screenshots=DIR} it saves the board at each width.
     */
    @Test
    void tiles_open_boards_and_regions_a_chart_shows_its_table_at_every_width() throws Exception {
        var evaluator = createUser("penilai-" + suffix(), Role.EVALUATOR, null);
        var browser = browser();
        signIn(browser, evaluator);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var shots = System.getProperty("siap.board.screenshots");
        for (var width : List.of(390, 820, 1440)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(url("/ringkasan"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("siap-tile-map a.siap-tile[data-code='62']")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("siap-board-lists table")));
            // What sticks out past the window's right edge from a parent that neither fits nor clips it (the
            // province map and the hidden chart tables scroll or clip within themselves).
            var wider = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                    const right = innerWidth + 1;
                    const clips = (e) => getComputedStyle(e).overflowX !== 'visible';
                    const view = document.querySelector('.board-view');
                    return [...view.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right
                        && e.parentElement.getBoundingClientRect().right <= right && !clips(e.parentElement)
                        && !e.parentElement.closest('.siap-province-map, .chart-table-wrap'))
                      .map((e) => e.localName + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))
                      .slice(0, 10);""");
            assertThat((List<?>) wider).as("wider than the window at %d px", width).isEmpty();
            if (shots != null) {
                var file = Path.of(shots, "ringkasan-" + width + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        }

        var card = browser.findElement(By.cssSelector("siap-chart-card"));
        var toggle = card.findElement(By.cssSelector(".chart-table-toggle"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", toggle);
        // Visually hidden (for screen readers only) until the button shows it.
        assertThat(card.findElement(By.cssSelector(".chart-table-wrap")).getSize().getHeight()).isLessThanOrEqualTo(1);
        toggle.click();
        wait.until(driver -> card.getAttribute("table-shown") != null);
        wait.until(driver -> card.findElement(By.cssSelector(".chart-table-wrap")).getSize().getHeight() > 20);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

        var tile = browser.findElement(By.cssSelector("siap-tile-map a.siap-tile[data-code='62']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", tile);
        tile.click();
        wait.until(ExpectedConditions.urlContains("/ringkasan/62"));
        var regionTile = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("siap-tile-map a.siap-tile[data-code^='62.']")));
        var code = regionTile.getAttribute("data-code");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", regionTile);
        regionTile.click();
        wait.until(ExpectedConditions.urlContains("/wilayah/" + code));

        var errors = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /** Makes every item of the region done; verifies the first half; the rest wait for verification. */
    private List<ItemRef> halfVerifiedRestWaiting() {
        Users.staff("71");
        // Derived items let go of their source first (as if it were silent): the board adds up stored answers.
        jdbc.update("update checklist_item set source_status = null where region_code = ?", REGION);
        var items = checklists.regionChecklist(REGION).items();
        var waiting = new ArrayList<ItemRef>();
        for (var i = 0; i < items.size(); i++) {
            var item = items.get(i);
            Users.staff("71");
            if (item.verification() == Verification.VERIFIED) {
                item = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, "dibuka lagi", null,
                        item.version()));
            }
            if (item.status() != ItemStatus.SELESAI || item.verification() != Verification.WAITING) {
                item = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "selesai",
                        "https://bolselkab.go.id/bukti-" + i + ".pdf", item.version()));
            }
            if (i < items.size() / 2) {
                Users.evaluator();
                checklists.verify(item.id(), item.version());
            } else {
                waiting.add(new ItemRef(item.id(), item.version()));
            }
        }
        Users.evaluator();
        return waiting;
    }
}

package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.domain.AppUser;

/**
 * The whole chain in real browsers: two headless Chromium sessions show Kabupaten Seruyan; one saves the
 * Desk Pilkada contact and the other shows it without reloading, through server push.
 */
class LiveContactBrowserIT extends BrowserTest {

    private static final String REGION = "62.07";

    private WebDriver editor;
    private WebDriver watcher;
    /** The server the browsers talk to when it is not this test's own (the memory benchmark's option). */
    private String baseUrl;

    @Test
    void a_contact_saved_in_one_browser_appears_in_the_other_without_reloading() {
        twoBrowsersOnTheRegion();

        var name = "Petugas Desk " + suffix();
        click(editor, "contact-edit");
        fillContact(editor, name);
        click(editor, "contact-save");

        new WebDriverWait(editor, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("contact-display-name"), name));
        var started = System.nanoTime();
        new WebDriverWait(watcher, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("contact-display-name"), name));
        System.out.printf("Live update seen by the second browser %d ms after the first showed its save%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(watcher.getCurrentUrl()).endsWith("/wilayah/" + REGION);
        screenshot(watcher, "region-62.07");
        watcher.get(url("/wilayah?provinsi=62"));
        new WebDriverWait(watcher, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        screenshot(watcher, "regions-province-62");
        watcher.get(url("/"));
        new WebDriverWait(watcher, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tiles")));
        screenshot(watcher, "home");
    }

    @Test
    void people_on_one_region_see_each_other_and_the_form_being_edited_and_a_closed_browser_disappears() {
        var staff = twoBrowsersOnTheRegion();

        var wait = new WebDriverWait(watcher, Duration.ofSeconds(10));
        var person = By.cssSelector(".presence-person[data-username='" + staff.getUsername() + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(person));
        assertThat(watcher.findElement(By.id("presence-bar")).getText()).contains(staff.getFullName());
        click(editor, "contact-edit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".presence-editing")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contact-others-editing")));
        screenshot(watcher, "presence-editing");
        click(editor, "contact-cancel");
        var itemEdit = new WebDriverWait(editor, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".checklist-item .item-edit")));
        ((org.openqa.selenium.JavascriptExecutor) editor).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", itemEdit);
        var marked = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".checklist-item .item-others-editing")));
        ((org.openqa.selenium.JavascriptExecutor) watcher).executeScript("arguments[0].scrollIntoView({block: 'start'});", marked);
        screenshot(watcher, "checklist-others-editing");
        screenshot(editor, "checklist-item-editing");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".contact-others-editing")));

        editor.quit();
        editor = null;
        var closed = System.nanoTime();
        new WebDriverWait(watcher, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(person));
        System.out.printf("A closed browser left the presence list after %d ms%n", (System.nanoTime() - closed) / 1_000_000);
        assertThat(watcher.findElements(By.cssSelector(".contact-others-editing")).stream().noneMatch(e -> e.isDisplayed()))
                .isTrue();
    }

    @Test
    void two_people_save_the_same_contact_and_the_second_chooses_between_both_versions() {
        twoBrowsersOnTheRegion();
        click(editor, "contact-edit");
        click(watcher, "contact-edit");

        var first = "Pertama " + suffix();
        fillContact(editor, first);
        click(editor, "contact-save");
        new WebDriverWait(editor, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("contact-display-name"), first));
        var second = "Kedua " + suffix();
        fillContact(watcher, second);
        click(watcher, "contact-save");

        var panel = new WebDriverWait(watcher, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-panel")));
        assertThat(panel.getText()).contains(first).contains(second);
        screenshot(watcher, "conflict");
        click(watcher, "conflict-apply-mine");
        new WebDriverWait(watcher, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("contact-display-name"), second));
        new WebDriverWait(editor, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("contact-display-name"), second));
    }

    /**
     * A benchmark, not a test: runs only with {@code SIAP_BENCH=1}. 50 saves in one browser, each timed
     * until the other browser shows it; prints p50 and p95. See docs/performance.md.
     */
    @Test
    void benchmark_of_the_time_until_another_browser_shows_a_save() {
        Assumptions.assumeTrue("1".equals(System.getenv("SIAP_BENCH")), "benchmark: set SIAP_BENCH=1 to run it");
        twoBrowsersOnTheRegion();
        var latencies = new long[50];
        for (var i = 0; i < latencies.length; i++) {
            var name = "Latensi " + i + " " + suffix();
            click(editor, "contact-edit");
            fillContact(editor, name);
            click(editor, "contact-save");
            var clicked = System.nanoTime();
            new WebDriverWait(watcher, Duration.ofSeconds(10), Duration.ofMillis(5))
                    .until(ExpectedConditions.textToBe(By.id("contact-display-name"), name));
            latencies[i] = System.nanoTime() - clicked;
            new WebDriverWait(editor, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("contact-display-name"), name));
        }
        java.util.Arrays.sort(latencies);
        System.out.printf("Save in one browser until the other shows it (50 saves): p50 %d ms, p95 %d ms, max %d ms%n",
                latencies[25] / 1_000_000, latencies[47] / 1_000_000, latencies[49] / 1_000_000);
    }

    /**
     * A benchmark, not a test: runs only with {@code SIAP_BENCH=1}. Opens N browser sessions (each its own
     * Chromium, so its own HTTP session) on a page, leaves them open until the page-load connections have
     * closed, dumps the server's heap and prints what the open sessions own in it, per session (see
     * {@link HeapOwnership}). Meant for a freshly started server: with
     * {@code -Dsiap.bench.url=http://localhost:8093 -Dsiap.bench.pid=<its process id>} the production jar
     * started by hand, signed in as the demo account {@code evaluator}; without, this test's own server
     * (development mode). {@code -Dsiap.bench.pages=/a|/b,/c}: each {@code ,}-separated group is one round
     * with its own dump; in a {@code |}-separated group session i opens page i mod k. Every session, the
     * warm-up ones too, is signed out when its browser has closed, so that a dump holds only the sessions of
     * its round. See "Heap kept per open session" in docs/performance.md.
     */
    @Test
    void benchmark_of_the_heap_each_open_session_keeps() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("SIAP_BENCH")), "benchmark: set SIAP_BENCH=1 to run it");
        var external = System.getProperty("siap.bench.url");
        String username;
        String password;
        if (external == null) {
            username = createUser("it-mem-" + suffix(), Role.EVALUATOR, null).getUsername();
            password = passwordOf(username);
        } else {
            baseUrl = external.replaceAll("/$", "");
            username = System.getProperty("siap.bench.user", "evaluator");
            password = System.getProperty("siap.bench.password", username);
        }
        var sessions = Integer.getInteger("siap.bench.sessions", 8);
        var top = Integer.getInteger("siap.bench.histogram", 15);
        // The server closes idle page-load connections after 20 s (server.tomcat.keep-alive-timeout).
        var settle = Duration.ofSeconds(Integer.getInteger("siap.bench.settle", 25));
        var rounds = java.util.Arrays.stream(System.getProperty("siap.bench.pages", "/tentang,/wilayah/" + REGION)
                .split(",")).map(group -> group.split("\\|")).toList();
        // Warm up (caches, query plans, classes belong to no session): every page once, signed out afterwards.
        rounds.stream().flatMap(java.util.Arrays::stream).distinct()
                .forEach(page -> signOutAndQuit(openAs(username, password, page)));
        var dumps = Files.createDirectories(Path.of("target", "heap-bench")).toAbsolutePath();
        var results = new java.util.ArrayList<String>();
        try (var heap = external == null ? HeapProbe.local() : HeapProbe.attach(Long.getLong("siap.bench.pid"))) {
            for (var round = 0; round < rounds.size(); round++) {
                var pages = rounds.get(round);
                var name = String.join("|", pages);
                var dump = dumps.resolve("round-" + (round + 1) + ".hprof");
                var drivers = new java.util.ArrayList<WebDriver>();
                long used;
                try {
                    for (var i = 0; i < sessions; i++) {
                        drivers.add(openAs(username, password, pages[i % pages.length]));
                    }
                    Thread.sleep(settle.toMillis());
                    used = heap.usedAfterFullGc();
                    heap.dumpHeap(dump);
                } finally {
                    drivers.forEach(this::signOutAndQuit);
                }
                var result = HeapOwnership.analyse(dump.toFile(), sessions);
                var line = String.format("Heap kept per open session on %s: %s; %d UIs and %d HTTP sessions in the"
                        + " dump (%d sessions, %d MB used heap after full collections)", name, result.headline(),
                        result.uis(), result.httpSessions(), sessions, used / 1024 / 1024);
                results.add(line);
                System.out.println("Heap kept per open session on " + name + " (" + sessions + " sessions, " + dump + "):");
                result.report(top).forEach(System.out::println);
                if (result.uis() != sessions || result.httpSessions() != sessions) {
                    var warning = "WARNING: the dump holds " + result.uis() + " UIs and " + result.httpSessions()
                            + " HTTP sessions, not " + sessions + " each: sessions of an earlier round or run are"
                            + " still open (start the server afresh) or a session holds more than one UI; the"
                            + " figures above count them all";
                    results.add(warning);
                    System.out.println(warning);
                }
            }
        }
        System.out.println("Heap kept per open session (" + (external == null ? "this test's server" : external) + "):");
        results.forEach(System.out::println);
    }

    /**
     * Closes the page and the browser, then signs its session out as the sign-out button would: Spring
     * Security's logout ends the HTTP session and with it the Vaadin session. From outside the browser, with
     * its session cookie and CSRF token, because an open page goes on sending requests (heartbeats, push)
     * and the first after the logout opens a new, empty HTTP session; a closed page does not, and leaving it
     * tells Vaadin to drop its UI.
     */
    private void signOutAndQuit(WebDriver driver) {
        String cookie;
        java.util.Map<?, ?> csrf;
        try {
            cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
            csrf = (java.util.Map<?, ?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "const meta = name => document.querySelector(`meta[name=\"${name}\"]`).content;"
                            + " return {header: meta('_csrf_header'), token: meta('_csrf')};");
            driver.get("about:blank");
        } finally {
            driver.quit();
        }
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/logout")))
                    .header("Cookie", "JSESSIONID=" + cookie)
                    .header((String) csrf.get("header"), (String) csrf.get("token"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302) {
                System.out.println("WARNING: sign-out answered " + response.statusCode() + "; that session stays open");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebDriver openAs(String username, String password, String path) {
        var driver = browser();
        signIn(driver, username, password);
        driver.get(url(path));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        return driver;
    }

    /** Provincial staff in {@code editor}, an evaluator in {@code watcher}, both on the region page. */
    private AppUser twoBrowsersOnTheRegion() {
        var evaluator = createUser("it-eval-" + suffix(), Role.EVALUATOR, null);
        var staff = createUser("it-kalteng-" + suffix(), Role.PROVINCIAL_STAFF, "62");
        editor = browser();
        watcher = browser();
        signIn(editor, staff);
        signIn(watcher, evaluator);
        open(editor);
        open(watcher);
        return staff;
    }

    private void fillContact(WebDriver driver, String name) {
        type(driver, "contact-name", name);
        type(driver, "contact-position", "Kepala Badan Kesbangpol");
        type(driver, "contact-unit", "Badan Kesbangpol Kabupaten Seruyan");
        type(driver, "contact-phone", "0812 3456 7890");
        type(driver, "contact-email", "desk.pilkada@seruyankab.go.id");
    }

    private void open(WebDriver driver) {
        driver.get(url("/wilayah/" + REGION));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("desk-contact")));
    }

    private static void click(WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    private static void type(WebDriver driver, String fieldId, String text) {
        var input = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    @Override
    protected String url(String path) {
        return baseUrl == null ? super.url(path) : baseUrl + path;
    }
}

package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * The whole chain in real browsers: two headless Chromium sessions show Kabupaten Seruyan; one saves the
 * Desk Pilkada contact and the other shows it without reloading, through server push.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveContactBrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String REGION = "62.07";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    private WebDriver editor;
    private WebDriver watcher;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @AfterEach
    void closeBrowsers() {
        if (editor != null) {
            editor.quit();
        }
        if (watcher != null) {
            watcher.quit();
        }
    }

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

    /** Kept in target/screenshots so that a person can look at what the browsers saw. */
    private static void screenshot(WebDriver driver, String name) {
        try {
            Thread.sleep(500);
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebDriver browser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    private void signIn(WebDriver driver, AppUser user) {
        driver.get(url("/login"));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(user.getUsername());
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user.getUsername() + "-Pw1", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
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

    private AppUser createUser(String username, Role role, String province) {
        return users.save(new AppUser(username, "IT " + username, passwordEncoder.encode(username + "-Pw1"), role,
                province, "id-ID", clock.instant()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

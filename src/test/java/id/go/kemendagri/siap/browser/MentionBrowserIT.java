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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
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
 * A mention between two real browsers: provincial staff write a comment on Kabupaten Seruyan's page that mentions a
 * colleague; the colleague, on the inbox, sees the bell's count and the inbox line arrive without reloading, and
 * opening it leads to the region page with the comment in its thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
class MentionBrowserIT {

    private static final String REGION = "62.07";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    private WebDriver author;
    private WebDriver reader;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Chromium.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @AfterEach
    void closeBrowsers() {
        if (author != null) {
            author.quit();
        }
        if (reader != null) {
            reader.quit();
        }
    }

    @Test
    void a_mention_written_in_one_browser_rings_the_bell_in_the_other() {
        var writer = createUser("it-tulis-" + suffix(), Role.PROVINCIAL_STAFF, "62");
        var mentioned = createUser("it-baca-" + suffix(), Role.PROVINCIAL_STAFF, "62");
        author = browser();
        reader = browser();
        signIn(author, writer);
        signIn(reader, mentioned);
        reader.get(url("/kotak-masuk"));
        new WebDriverWait(reader, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
        author.get(url("/wilayah/" + REGION));
        var section = new WebDriverWait(author, Duration.ofSeconds(30)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("vaadin-details#region-comments")));
        ((JavascriptExecutor) author).executeScript("arguments[0].scrollIntoView({block: 'center'});", section);
        section.findElement(By.cssSelector("vaadin-details-summary")).click();
        var input = new WebDriverWait(author, Duration.ofSeconds(30)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#region-comments vaadin-message-input textarea")));
        ((JavascriptExecutor) author).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        var text = "Mohon unggah SK Desk Pilkada " + suffix() + " @" + mentioned.getUsername();
        new WebDriverWait(author, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(input));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);

        new WebDriverWait(author, Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.cssSelector("#region-comments vaadin-message-list"), "Mohon unggah SK"));
        var started = System.nanoTime();
        new WebDriverWait(reader, Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBe(By.cssSelector("#notification-bell .notification-bell-count"), "1"));
        System.out.printf("The mentioned user's bell rang %d ms after the author saw the comment%n",
                (System.nanoTime() - started) / 1_000_000);
        new WebDriverWait(reader, Duration.ofSeconds(10)).until(driver -> driver
                .findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("menyebut Anda")));
        ((JavascriptExecutor) reader).executeScript("document.querySelector('vaadin-dev-tools')?.remove();");
        screenshot(reader, "inbox-mention");
        var open = reader.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-button")).stream()
                .filter(button -> button.getText().contains("Buka")).findFirst().orElseThrow();
        open.click();
        new WebDriverWait(reader, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/wilayah/" + REGION));
        var thread = new WebDriverWait(reader, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region-comments vaadin-message-list")));
        new WebDriverWait(reader, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElement(thread, "Mohon unggah SK"));
        new WebDriverWait(reader, Duration.ofSeconds(10)).until(ExpectedConditions
                .invisibilityOfElementLocated(By.cssSelector("#notification-bell .notification-bell-count")));
        ((JavascriptExecutor) reader).executeScript("arguments[0].scrollIntoView({block: 'center'});", thread);
        screenshot(reader, "region-comments");
        assertThat(reader.getCurrentUrl()).endsWith("/wilayah/" + REGION + "?buka=diskusi");
    }

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
        return Chromium.headless();
    }

    private void signIn(WebDriver driver, AppUser user) {
        driver.get(url("/login"));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(user.getUsername());
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user.getUsername() + "-Pw1", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
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

package id.go.kemendagri.siap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.support.ServerTest;
import id.go.kemendagri.siap.support.Users;

/**
 * A test in real headless Chromium browsers ({@link Chromium}) against this test's server (development mode),
 * skipped where Debian's chromium and chromium-driver are missing. Every browser it opens is closed after
 * each test, and the test thread's signed-in user is cleared.
 */
abstract class BrowserTest extends ServerTest {

    private final List<WebDriver> opened = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Chromium.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @AfterEach
    void closeBrowsers() {
        Users.signOut();
        // Quitting a browser the test has already closed does nothing.
        opened.forEach(WebDriver::quit);
        opened.clear();
    }

    /** A new browser, closed after the test. */
    protected WebDriver browser() {
        var driver = Chromium.headless();
        opened.add(driver);
        return driver;
    }

    /** Signs in through the form with the password of {@link #createUser(String, id.go.kemendagri.siap.security.Role, String)}. */
    protected void signIn(WebDriver driver, AppUser user) {
        signIn(driver, user.getUsername(), passwordOf(user.getUsername()));
    }

    /** Signs in through the form and waits for the application's layout. */
    protected void signIn(WebDriver driver, String username, String password) {
        driver.get(url("/login"));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    /** Kept as {@code target/screenshots/<name>.png} so that a person can look at what the browser saw. */
    protected static void screenshot(WebDriver driver, String name) {
        try {
            Thread.sleep(500);
            var png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            var dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

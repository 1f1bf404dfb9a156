package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page in a real Chromium: after a refused sign-in the typed user name is back in its field and the
 * password is empty; the language switch turns the form to English. Screenshots in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
class LoginBrowserIT {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @Test
    void a_refused_sign_in_keeps_the_user_name_and_the_page_switches_to_english() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver are not installed");
        browser = Chromium.headless();
        try {
            signInWronglyThenSwitch();
        } finally {
            browser.quit();
        }
    }

    private void signInWronglyThenSwitch() throws IOException {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("kalteng-salah");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("bukan-sandinya", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(driver -> "kalteng-salah".equals(value("#vaadinLoginUsername")));
        assertThat(value("#vaadinLoginPassword")).isEmpty();
        screenshot("login-refused-id.png");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-language-en"))).click();
        wait.until(driver -> "User name".equals(((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('#vaadinLoginUsername')?.label")));
        screenshot("login-refused-en.png");
    }

    private String value(String selector) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector(arguments[0])?.value ?? null", selector);
    }

    private void screenshot(String name) throws IOException {
        var target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}

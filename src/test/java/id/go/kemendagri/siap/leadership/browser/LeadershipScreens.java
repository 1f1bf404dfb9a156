package id.go.kemendagri.siap.leadership.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of the heads screens from a running demo app, for a person to look at: run the app, then
 * {@code ./mvnw test -Dtest=LeadershipScreens -Dsiap.screens.url=http://localhost:8091}. PNGs land in
 * target/screenshots. Not part of the suite (it needs a running app with demo accounts).
 */
@EnabledIfSystemProperty(named = "siap.screens.url", matches = "http.*")
class LeadershipScreens {

    private final String base = System.getProperty("siap.screens.url");

    @Test
    void take() throws Exception {
        var driver = browser();
        try {
            signIn(driver, System.getProperty("siap.screens.user", "evaluator"));
            for (var path : System.getProperty("siap.screens.paths", "kepala-daerah").split(",")) {
                driver.get(base + "/" + path);
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
                Thread.sleep(Long.getLong("siap.screens.wait", 2500));
                var click = System.getProperty("siap.screens.click");
                if (click != null && !driver.findElements(By.cssSelector(click)).isEmpty()) {
                    driver.findElement(By.cssSelector(click)).click();
                    Thread.sleep(1500);
                }
                var name = path.replaceAll("[^a-zA-Z0-9.-]+", "_");
                var dir = Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                var script = System.getProperty("siap.screens.script");
                if (script != null) {
                    System.out.println("SCRIPT " + path + ": "
                            + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script));
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static WebDriver browser() throws IOException {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=" + System.getProperty(
                        "siap.screens.size", "1440,1000"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private void signIn(WebDriver driver, String user) {
        driver.get(base + "/login");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }
}

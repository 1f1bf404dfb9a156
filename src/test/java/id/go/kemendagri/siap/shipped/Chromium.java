package id.go.kemendagri.siap.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at one window width, with what the tests of the shipped jar check on every
 * page: the browser console's errors, custom elements that no module defined, and screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Tags in the page (and in open shadow roots) that no module defined. Flow's root container and the slots
     * that the grid and the dialog put their content in are plain elements by design.
     */
    private static final String UNDEFINED_ELEMENTS = """
            const plainTags = ['vaadin-grid-cell-content', 'vaadin-dialog-content'];
            const undefinedTags = new Set();
            const visit = (root) => root.querySelectorAll('*').forEach((element) => {
              const tag = element.localName;
              if (tag.includes('-') && !tag.startsWith('flow-container-') && !plainTags.includes(tag)
                  && !customElements.get(tag)) {
                undefinedTags.add(tag);
              }
              if (element.shadowRoot) { visit(element.shadowRoot); }
            });
            visit(document);
            return [...undefinedTags].sort();
            """;
    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            return !!clients && Object.keys(clients).length > 0
                && Object.values(clients).every((client) => !client.isActive());
            """;

    /** Browsers open now, for {@link FailureScreenshots}. */
    static final java.util.Set<Chromium> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final java.util.function.UnaryOperator<String> url;
    private final WebDriver driver;
    private final int width;

    Chromium(ShippedApp app, int width) {
        this(app::url, width);
    }

    /** A browser for a server other than the one {@link ShippedApp} starts; {@code url} turns a path into its URL. */
    Chromium(java.util.function.UnaryOperator<String> url, int width) {
        this.url = url;
        this.width = width;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + ",900", "--lang=id-ID");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        OPEN.add(this);
    }

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    int width() {
        return width;
    }

    WebDriver driver() {
        return driver;
    }

    void signIn(String username, String password) {
        driver.get(url.apply("/login"));
        var wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        awaitIdle();
    }

    /** Opens a path as a fresh page load (what a bookmark, a reload or a shared link does) and waits until Vaadin is idle. */
    void open(String path) {
        driver.get(url.apply(path));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        awaitIdle();
    }

    /** Waits until no request to the server is under way, then a little for the browser to render. */
    void awaitIdle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script(VAADIN_IDLE)));
        pause(300);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    WebElement visible(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        var element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        awaitIdle();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    List<String> undefinedElements() {
        return new ArrayList<>((List<String>) script(UNDEFINED_ELEMENTS));
    }

    /** The console's errors since the last call (failed loads, uncaught exceptions, CSP violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** The Vaadin fields inside an element that are not defined or not shown (a field the bundle lacks has no height). */
    @SuppressWarnings("unchecked")
    List<String> brokenFields(WebElement scope) {
        return (List<String>) script("""
                const fields = arguments[0].querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-select,'
                  + ' vaadin-integer-field, vaadin-number-field, vaadin-big-decimal-field, vaadin-date-picker,'
                  + ' vaadin-upload, vaadin-combo-box, vaadin-checkbox, vaadin-radio-group, vaadin-email-field,'
                  + ' vaadin-password-field, vaadin-multi-select-combo-box, vaadin-button, vaadin-date-time-picker');
                return [...fields].filter((field) => !customElements.get(field.localName)
                    || (field.checkVisibility() && field.offsetHeight === 0))
                  .map((field) => field.localName + ' ' + (field.getAttribute('label') || field.innerText || '').trim().slice(0, 40));
                """, scope);
    }

    /** The field inside {@code scope} whose label is {@code label} (Vaadin keeps labels as properties, not attributes). */
    WebElement field(WebElement scope, String label) {
        var field = (WebElement) script("""
                return [...arguments[0].querySelectorAll('*')].find((element) => element.label === arguments[1]) || null;
                """, scope, label);
        if (field == null) {
            throw new org.openqa.selenium.NoSuchElementException("No field labelled '" + label + "'");
        }
        return field;
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        driver.quit();
    }
}

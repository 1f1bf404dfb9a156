package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemendagri.siap.security.Role;

/**
 * A mention between two real browsers: provincial staff write a comment on Kabupaten Seruyan's page that mentions a
 * colleague; the colleague, on the inbox, sees the bell's count and the inbox line arrive without reloading, and
 * opening it leads to the region page with the comment in its thread.
 */
class MentionBrowserIT extends BrowserTest {

    private static final String REGION = "62.07";

    @Test
    void a_mention_written_in_one_browser_rings_the_bell_in_the_other() {
        var writer = createUser("it-tulis-" + suffix(), Role.PROVINCIAL_STAFF, "62");
        var mentioned = createUser("it-baca-" + suffix(), Role.PROVINCIAL_STAFF, "62");
        var author = browser();
        var reader = browser();
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
}

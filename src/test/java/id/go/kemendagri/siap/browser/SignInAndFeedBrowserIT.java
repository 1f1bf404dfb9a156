package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.Users;

/**
 * The sign-in page and the activity feed in a real Chromium: after a refused sign-in the typed user name is back in
 * its field and the password is empty; the language switch turns the form to English, and the English chosen there
 * holds after signing in; the activity feed shows a save as one sentence with labelled fields. Screenshots in
 * {@code target/screenshots/}.
 */
class SignInAndFeedBrowserIT extends BrowserTest {

    @Autowired
    DeskContactService contacts;
    private final String name = "ux-" + suffix();

    private WebDriver browser;

    @Test
    void a_refused_sign_in_keeps_the_name_english_holds_after_sign_in_and_the_feed_reads_in_words() {
        // Paniai (94.03): a province no other test writes Desk Pilkada contacts in, so that on the CI's shared
        // database no other test's later saves push this one off the feed's first screen.
        createUser(name, "Uji UX", passwordOf(name), Role.PROVINCIAL_STAFF, "94");
        Users.signIn(name, Role.PROVINCIAL_STAFF, "94");
        try {
            var version = contacts.find("94.03").map(DeskContactDetails::version).orElse(null);
            var saved = contacts.save("94.03", new DeskContactDraft("Sebelum " + name, "Kabid", "Kesbangpol",
                    "0812 3456 7890", "a@example.go.id", version));
            contacts.save("94.03", new DeskContactDraft("Sesudah " + name, "Kepala Bidang", "Kesbangpol",
                    "0812 3456 7890", "a@example.go.id", saved.version()));
        } finally {
            Users.signOut();
        }
        browser = browser();
        signInWronglyThenSwitch();
    }

    private void signInWronglyThenSwitch() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(name);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("bukan-sandinya", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(driver -> name.equals(value("#vaadinLoginUsername")));
        assertThat(value("#vaadinLoginPassword")).isEmpty();
        screenshot(browser, "login-refused-id");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-language-en"))).click();
        wait.until(driver -> "User name".equals(((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('#vaadinLoginUsername')?.label")));
        screenshot(browser, "login-refused-en");

        // the name is still there: only the password is typed again
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(passwordOf(name), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        assertThat(users.findByUsername(name).orElseThrow().getLocale()).startsWith("en");
        browser.get(url("/aktivitas?jenis=desk-contact"));
        var sentence = name + " changed 2 fields of the Desk Pilkada contact (Kabupaten Paniai)";
        wait.until(driver -> ((String) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('.activity-save')].map(e => e.textContent).join('|')")).contains(sentence));
        var changes = (String) ((JavascriptExecutor) browser).executeScript("""
                const save = [...document.querySelectorAll('.activity-save')].find(e => e.textContent.includes(arguments[0]));
                return save.nextElementSibling.innerText;""", sentence);
        assertThat(changes).contains("Name: Sebelum " + name + " → Sesudah " + name, "Position: Kabid → Kepala Bidang")
                .doesNotContain("position", "name:");
        screenshot(browser, "activity-feed-en");
    }

    private String value(String selector) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector(arguments[0])?.value ?? null", selector);
    }
}

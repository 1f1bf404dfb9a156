package id.go.kemendagri.siap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.followup.MeetingDraft;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.Users;

/**
 * Every screen under the Content-Security-Policy in a real Chromium: signing in through the form (which must
 * carry the CSRF token), each main screen of an administrator, the chart tables shown, signing out; the
 * browser's console must report no CSP violation and no failed sign-in. Standalone so that the production
 * suite can run the same pages against the production bundle.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    static final List<String> SCREENS = List.of("ringkasan", "ringkasan/62", "wilayah", "wilayah/62.07",
            "kepala-daerah", "kepala-daerah/peringatan", "kepala-daerah/indikator", "checklist/tugas",
            "checklist/verifikasi", "checklist/rekap", "checklist/templat", "anggaran", "anggaran/rekap",
            "anggaran/impor", "rapat", "aktivitas", "admin/pengguna", "tentang");

    @Autowired
    MeetingService meetings;

    private WebDriver browser;

    @Test
    void no_screen_violates_the_content_security_policy() {
        var screens = new ArrayList<>(SCREENS);
        screens.add("rapat/" + meeting());
        var admin = "csp-" + suffix();
        createUser(admin, "Uji CSP", passwordOf(admin), Role.ADMIN, null);
        browser = browser();
        var violations = new ArrayList<String>();
        try {
            visit(admin, screens, violations);
        } catch (TimeoutException e) {
            // A page the policy breaks never renders: say which directive stopped it.
            violations.addAll(cspViolations(browser.getCurrentUrl()));
            assertThat(violations).as("CSP violations before the page stopped rendering").isEmpty();
            throw e;
        }
        assertThat(violations).isEmpty();
    }

    private void visit(String admin, List<String> screens, List<String> violations) {
        browser.get(url("/login"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(admin);
        violations.addAll(cspViolations("login"));
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(passwordOf(admin), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        assertThat(browser.getCurrentUrl()).doesNotContain("login");

        for (var screen : screens) {
            browser.get(url("/" + screen));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
            settle();
            if (screen.startsWith("ringkasan")) {
                browser.findElements(By.cssSelector("vaadin-button.chart-table-toggle")).stream().findFirst()
                        .ifPresent(toggle -> ((JavascriptExecutor) browser)
                                .executeScript("arguments[0].scrollIntoView(); arguments[0].click();", toggle));
                settle();
            }
            assertThat(browser.getCurrentUrl()).as(screen).contains(screen);
            violations.addAll(cspViolations(screen));
        }
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("login"));
        violations.addAll(cspViolations("sign-out"));
    }

    /** The console messages since the last call that report a Content-Security-Policy violation. */
    private List<String> cspViolations(String screen) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .map(message -> screen + ": " + message).toList();
    }

    /** Gives the page's scripts and the first server round trips time to run (and to be refused). */
    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(
                        "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                                + ".every(c => !c.isActive || !c.isActive())")));
    }

    private long meeting() {
        Users.evaluator();
        var id = meetings.save(null, new MeetingDraft(MeetingType.RAKOR_KESIAPAN_PILKADA, "Rakor CSP " + UUID.randomUUID(),
                LocalDate.now(clock).minusDays(3), "Kesbangpol", "Palangka Raya", false, "Notulen singkat.",
                Set.of("62.01"), null)).id();
        Users.signOut();
        return id;
    }
}

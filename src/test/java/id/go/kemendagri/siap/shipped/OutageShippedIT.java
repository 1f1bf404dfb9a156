package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import id.go.kemendagri.siap.support.TcpRelay;

/**
 * A database outage as two people see it (issue 24), on the production jar and MySQL/MariaDB: the application
 * reaches the database through a relay the test cuts for 60 s ({@code -Dsiap.test.outage-seconds}) while two
 * signed-in browsers are open. One has typed a Desk Pilkada contact and saves; the other moves through the
 * menu and loads a page. During the outage each gets the Indonesian message within 3 s, the typed values stay
 * in the form and the process stays up; within 10 s of the relay's return the same save goes through without a
 * restart, pages open again, and the contact is stored and audited exactly once. Prints the times it measured
 * (docs/reliability.md).
 */
class OutageShippedIT {

    private static final String REGION = "75.01";
    private static final String PASSWORD = "Padam-Sebentar-2026!";
    private static final Duration MESSAGE_WITHIN = Duration.ofSeconds(3);
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("siap.test.outage-seconds", 60));
    private static final String SAVE_REFUSED = "Basis data sedang tidak dapat dihubungi, jadi perubahan ini belum tersimpan.";
    private static final String PAGE_REFUSED = "Basis data sedang tidak dapat dihubungi.";

    @Test
    void two_screens_through_a_60_second_outage_get_messages_keep_their_input_and_recover_without_loss()
            throws Exception {
        assumeTrue(Chromium.available(), "Debian's chromium and chromium-driver are missing");
        var folder = Files.createDirectories(ShippedApp.TARGET.resolve("shipped").resolve("outage-" + System.currentTimeMillis()));
        try (var database = ShippedDatabase.create("siap_outage");
                var relay = new TcpRelay(database.address().getHost(), database.address().getPort())) {
            var app = ShippedJar.start(folder, "app.log", database.env("jdbc:mysql://127.0.0.1:" + relay.port() + "/"
                    + database.name(), folder.resolve("files"), PASSWORD));
            try (var editor = new Chromium(app::url, 1440); var reader = new Chromium(app::url, 1440)) {
                editor.signIn("admin", PASSWORD);
                editor.open("/wilayah/" + REGION);
                var typed = "Kontak Saat Padam " + System.nanoTime() % 1_000_000;
                ClusterShippedIT.fillContact(editor, typed);
                reader.signIn("admin", PASSWORD);
                reader.open("/wilayah/75.02");

                relay.cut();
                var outageStart = System.nanoTime();
                var saveRefused = clicked(editor, "#contact-save", SAVE_REFUSED);
                assertThat(saveRefused).as("time to the save's message").isLessThan(MESSAGE_WITHIN);
                assertThat(typedName(editor)).as("the typed name stays in the form").isEqualTo(typed);
                var menuRefused = clicked(reader, "vaadin-side-nav-item[path$='aktivitas']", PAGE_REFUSED);
                assertThat(menuRefused).as("time to the error page from the menu").isLessThan(MESSAGE_WITHIN);
                assertThat(ClusterShippedIT.pageText(reader)).doesNotContain("Exception").doesNotContain("Connection refused");
                reader.screenshot(ShippedApp.TARGET.resolve("shipped/screens/outage/menu-during-outage.png"));

                Chromium.pause(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - outageStart) / 1_000_000 - 4000));
                var loadRefused = timed(() -> reader.driver().get(app.url("/wilayah/75.03")), reader, PAGE_REFUSED);
                assertThat(loadRefused).as("time to the error page on a fresh page load").isLessThan(MESSAGE_WITHIN);
                var saveRefusedLate = clicked(editor, "#contact-save", SAVE_REFUSED);
                assertThat(saveRefusedLate).as("time to the save's message at the end of the outage").isLessThan(MESSAGE_WITHIN);
                assertThat(typedName(editor)).isEqualTo(typed);
                editor.screenshot(ShippedApp.TARGET.resolve("shipped/screens/outage/save-during-outage.png"));
                assertThat(app.process().isAlive()).as("the process stays up").isTrue();
                var outage = Duration.ofNanos(System.nanoTime() - outageStart);

                relay.restore();
                var restored = System.nanoTime();
                // the user clicks Save again until it goes through, as the message tells them to
                while (!editor.find("#desk-contact").getText().contains(typed)) {
                    assertThat(Duration.ofNanos(System.nanoTime() - restored)).as("time to the first save after the outage")
                            .isLessThan(RECOVERY_WITHIN);
                    if (!editor.all("#contact-save").isEmpty()) {
                        editor.click("#contact-save");
                    }
                    Chromium.pause(250);
                }
                var saved = Duration.ofNanos(System.nanoTime() - restored);
                // the other screen opens a page again, and the next pages too: the pool hands out no dead connection
                while (!opens(reader, app.url("/wilayah/75.03"))) {
                    assertThat(Duration.ofNanos(System.nanoTime() - restored)).as("time until the other screen opened a page again")
                            .isLessThan(RECOVERY_WITHIN);
                    Chromium.pause(250);
                }
                var opened = Duration.ofNanos(System.nanoTime() - restored);
                assertThat(opened).as("time until the other screen opened a page again").isLessThan(RECOVERY_WITHIN);
                for (var region : new String[] { "75.03", "75.04", "75.05", "75.01" }) {
                    reader.open("/wilayah/" + region);
                    assertThat(ClusterShippedIT.pageText(reader)).as(region).doesNotContain(PAGE_REFUSED);
                }
                assertThat(reader.find("#desk-contact").getText()).as("the other screen sees the saved contact").contains(typed);

                assertThat(database.count("select count(*) from desk_contact where region_code = '" + REGION + "'"))
                        .isEqualTo(1);
                assertThat(database.count("select version from desk_contact where region_code = '" + REGION + "'"))
                        .as("saved once").isZero();
                assertThat(database.count("select count(*) from audit_record where entity_type = 'desk-contact'"
                        + " and entity_id = '" + REGION + "' and field = 'name'")).as("audited once").isEqualTo(1);
                var log = Files.readString(app.log());
                assertThat(log).as("no request ended in an exception, no scheduled task logged a stack trace")
                        .doesNotContain("Servlet.service()").doesNotContain("Unexpected error");
                System.out.printf("[reliability] two browsers, outage %d s: save refused with a message after %d ms"
                        + " (first) and %d ms (at the end); menu navigation to the error page %d ms, fresh page load %d ms;"
                        + " saved %d ms after the relay returned, the other screen opened a page %d ms after it; stored once, audited once%n",
                        outage.toSeconds(), saveRefused.toMillis(), saveRefusedLate.toMillis(), menuRefused.toMillis(),
                        loadRefused.toMillis(), saved.toMillis(), opened.toMillis());
            } finally {
                app.stop();
            }
        }
    }

    /** Clicks the element and waits until the page shows {@code text}; the time from the click to the text. */
    private static Duration clicked(Chromium browser, String css, String text) {
        var element = browser.visible(css);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        return timed(element::click, browser, text);
    }

    /** Runs {@code action} and waits until the page shows {@code text}; the time from the start to the text. */
    private static Duration timed(Runnable action, Chromium browser, String text) {
        var start = System.nanoTime();
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(d -> ClusterShippedIT.pageText(browser).contains(text));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Loads the page afresh; whether it opened (the shell) rather than the error page. */
    private static boolean opens(Chromium browser, String url) {
        browser.driver().get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(d -> !browser.all("vaadin-app-layout").isEmpty() || !browser.all("#server-error").isEmpty());
        return browser.all("#server-error").isEmpty();
    }

    private static String typedName(Chromium browser) {
        return browser.find("#contact-name").findElement(By.cssSelector("input")).getDomProperty("value");
    }
}

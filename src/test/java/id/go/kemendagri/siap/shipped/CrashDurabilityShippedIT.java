package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Crash durability on the production jar and MySQL/MariaDB (the server the tests use): 20 saves that the user saw
 * acknowledged and an evidence file whose upload the user saw saved, then {@code kill -9} of the application,
 * then a start on the same data: all 20 are there, each once, with its audit row, and the file is in the store
 * with the checksum its row names. A save is acknowledged when the screen shows it, which happens after the
 * transaction committed (InnoDB keeps what was committed) and after the file was written and synced to disk.
 */
class CrashDurabilityShippedIT {

    private static final String REGION = "62.07";
    private static final String ITEM = "DPL-02";
    private static final String PASSWORD = "Tahan-Banting-2026!";

    @Test
    void twenty_acknowledged_saves_an_upload_and_their_audit_rows_survive_kill_9() throws Exception {
        assumeTrue(Chromium.available(), "Debian's chromium and chromium-driver are missing");
        var folder = Files.createDirectories(ShippedApp.TARGET.resolve("shipped").resolve("crash-" + System.currentTimeMillis()));
        var files = folder.resolve("files");
        var evidence = folder.resolve("berita-acara-desk.pdf");
        var content = ("%PDF-1.4\n% Berita acara pembentukan Desk Pilkada " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(evidence, content);
        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (var database = ShippedDatabase.create("siap_crash")) {
            var env = database.env(database.url(), files, PASSWORD);
            var acknowledged = new ArrayList<String>();
            var app = ShippedJar.start(folder, "app-1.log", env);
            try (var browser = new Chromium(app::url, 1440)) {
                browser.signIn("admin", PASSWORD);
                browser.open("/wilayah/" + REGION);
                for (var i = 1; i <= 20; i++) {
                    var name = "Kontak Tahan Banting " + i;
                    ClusterShippedIT.saveContact(browser, name);
                    acknowledged.add(name);
                }
                uploadEvidence(browser, evidence);
            } finally {
                app.kill();
            }
            var again = ShippedJar.start(folder, "app-2.log", env);
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                var audited = new ArrayList<String>();
                try (var rows = statement.executeQuery("select new_value from audit_record where entity_type = 'desk-contact'"
                        + " and field = 'name' and entity_id = '" + REGION + "' order by id")) {
                    while (rows.next()) {
                        audited.add(rows.getString(1));
                    }
                }
                assertThat(audited).as("every acknowledged save has its audit row, once, in order").isEqualTo(acknowledged);
                try (var rows = statement.executeQuery("select name, version from desk_contact where region_code = '" + REGION + "'")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(acknowledged.getLast());
                    assertThat(rows.getLong(2)).as("one version per save").isEqualTo(acknowledged.size() - 1);
                }
                try (var rows = statement.executeQuery("select i.evidence_name, i.evidence_sha256, i.evidence_size"
                        + " from checklist_item i join checklist_template_item t on t.id = i.template_item_id"
                        + " where i.region_code = '" + REGION + "' and t.code = '" + ITEM + "'")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(evidence.getFileName().toString());
                    assertThat(rows.getString(2)).as("the row names the file's checksum").isEqualTo(sha256);
                    assertThat(rows.getLong(3)).isEqualTo(content.length);
                }
                var stored = files.resolve(sha256.substring(0, 2)).resolve(sha256);
                assertThat(stored).as("the acknowledged upload is on disk").exists();
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(stored))))
                        .as("with its checksum").isEqualTo(sha256);
                assertThat(database.count("select count(*) from audit_record where entity_type = 'checklist-item'"
                        + " and field = 'evidence' and new_value like '%" + evidence.getFileName() + "%'")).as("the upload's audit row").isEqualTo(1);
            } finally {
                again.stop();
            }
        }
    }

    /** Opens the item's editor, marks it done, attaches the file and saves; returns when the row shows the file. */
    private static void uploadEvidence(Chromium browser, java.nio.file.Path file) {
        var row = ".checklist-item[data-code='" + ITEM + "']";
        browser.click(row + " .item-edit");
        var editor = browser.visible(".checklist-item.opened .item-editor");
        FormsShippedIT.chooseInSelect(browser, editor.findElement(By.cssSelector("vaadin-select")), "Selesai");
        var upload = editor.findElement(By.cssSelector("vaadin-upload"));
        var input = (org.openqa.selenium.WebElement) browser.script("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]')
                  || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """, upload);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.script(
                "return [...arguments[0].files || []].some((f) => f.complete)", upload)));
        browser.awaitIdle();
        browser.click(".checklist-item.opened .item-save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> String.valueOf(browser.script(
                "const item = document.querySelector(arguments[0]); return item ? item.innerText : ''", row))
                .contains(file.getFileName().toString()));
    }
}

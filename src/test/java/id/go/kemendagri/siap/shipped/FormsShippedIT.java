package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The forms and dialogs of the production jar, each reached from a page opened by URL (nothing loaded before
 * it), at a desktop and a phone width: their fields are defined, shown and usable, and the ones that matter
 * most are filled in and saved: the checklist editor (status, evidence link, note, upload), returning an
 * item with a reason, recording a transfer with its date, and evaluating a Pj's quarterly report with
 * indicator and neutrality scores. The other forms are opened and checked.
 */
@ExtendWith(FailureScreenshots.class)
class FormsShippedIT {

    private static final String REGION = "/wilayah/62.07";
    private final ShippedApp app = ShippedApp.get();
    private final List<Chromium> browsers = new ArrayList<>();
    private Chromium staff;
    private Chromium evaluator;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium and chromium-driver are missing (.ci/run installs them)");
    }

    @AfterEach
    void close() {
        browsers.forEach(Chromium::close);
    }

    @ParameterizedTest(name = "{0} px, item {1}")
    @CsvSource({ "1440, DPL-02", "390, FAS-04" })
    void staff_complete_a_checklist_item_and_an_evaluator_returns_it_with_a_reason(int width, String code) {
        staff = onRegionPage("kalteng", width);
        var item = row(staff, code);
        staff.click(item + " .item-edit");
        var editor = shownWithFields(staff, ".checklist-item.opened", "checklist editor and comment fields");
        // The opened item holds its editor and its comment thread (issue 22): the form is the editor.
        var form = editor.findElement(org.openqa.selenium.By.cssSelector(".item-editor"));
        assertThat(form.findElements(org.openqa.selenium.By.cssSelector("vaadin-select, vaadin-text-area, vaadin-upload")))
                .hasSize(3);
        chooseInSelect(staff, form.findElement(org.openqa.selenium.By.cssSelector("vaadin-select")), "Selesai");
        type(staff, form, "vaadin-text-field input", "https://seruyankab.go.id/bukti/" + code + ".pdf");
        type(staff, form, "vaadin-text-area textarea", "Sudah selesai, bukti terlampir (" + width + " px).");
        staff.screenshot(shot("checklist-editor-" + width));
        staff.click(".checklist-item.opened .item-save");
        assertThat(itemText(staff, code)).contains("Menunggu verifikasi");

        evaluator = onRegionPage("evaluator", width);
        var waiting = row(evaluator, code);
        evaluator.click(waiting + " .item-toggle");
        evaluator.click(".checklist-item.opened .item-return");
        var dialog = shownWithFields(evaluator, "vaadin-dialog.return-dialog", "return dialog fields");
        type(evaluator, dialog, "vaadin-text-area textarea", "Bukti belum memuat tanda tangan pejabat.");
        evaluator.screenshot(shot("return-dialog-" + width));
        evaluator.click("vaadin-dialog.return-dialog vaadin-button[theme~='primary']");
        assertThat(itemText(evaluator, code)).contains("Dikembalikan");
        assertThat(evaluator.consoleErrors()).isEmpty();
        assertThat(staff.consoleErrors()).isEmpty();
    }

    /**
     * A file uploaded with the report reaches the evaluator's verification queue as a download (a piece drawn in the
     * browser, through the grid's one download address), and the address gives the same bytes as an attachment.
     */
    @Test
    @SuppressWarnings("unchecked")
    void staff_attach_a_file_and_an_evaluator_downloads_it_from_the_verification_queue() throws Exception {
        var name = "notula-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        var content = "%PDF-1.7\n% notula rapat " + name + "\n%%EOF";
        var pdf = Files.createTempDirectory("siap-upload").resolve(name);
        Files.writeString(pdf, content, StandardCharsets.US_ASCII);
        staff = onRegionPage("kalteng", 1440);
        staff.click(row(staff, "KLB-02") + " .item-edit");
        var form = shownWithFields(staff, ".checklist-item.opened", "checklist editor")
                .findElement(org.openqa.selenium.By.cssSelector(".item-editor"));
        chooseInSelect(staff, form.findElement(org.openqa.selenium.By.cssSelector("vaadin-select")), "Selesai");
        var file = (WebElement) staff.script("return arguments[0].querySelector('vaadin-upload')"
                + ".shadowRoot.querySelector('input[type=file]')", form);
        file.sendKeys(pdf.toAbsolutePath().toString());
        Chromium.pause(1000);
        staff.awaitIdle();
        staff.click(".checklist-item.opened .item-save");
        assertThat(itemText(staff, "KLB-02")).contains("Menunggu verifikasi");

        evaluator = signedIn("evaluator", 1440);
        evaluator.open("/checklist/verifikasi?provinsi=62");
        // The queue is oldest first and the demo's items share the day: page through the grid until the row shows.
        WebElement link = null;
        var size = ((Number) evaluator.script("return document.querySelector('vaadin-grid.verification-grid').size"))
                .intValue();
        for (var index = 0; link == null && index < size; index += 8) {
            evaluator.script("document.querySelector('vaadin-grid.verification-grid').scrollToIndex(arguments[0])", index);
            Chromium.pause(300);
            evaluator.awaitIdle();
            link = (WebElement) evaluator.script("return [...document.querySelectorAll('vaadin-grid a.evidence-file')]"
                    + ".find((a) => a.textContent.trim() === arguments[0])", name);
        }
        assertThat(link).as("download of " + name + " in the queue").isNotNull();
        evaluator.screenshot(shot("verification-queue-download"));
        var answer = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) evaluator.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async (r) => done([r.status, r.headers.get('content-disposition'),
                  await r.text()])).catch((e) => done([0, String(e), '']));
                """, link);
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat((String) answer.get(1)).startsWith("attachment").contains(name);
        assertThat(answer.get(2)).isEqualTo(content);
        assertThat(evaluator.consoleErrors()).isEmpty();
        assertThat(staff.consoleErrors()).isEmpty();
        // The browser logs the refusal below as a failed resource, so the console is checked before it.
        var refused = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) evaluator.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href.replace(/key=[^&]*/, 'key=999999999')).then((r) => done([r.status]));
                """, link);
        assertThat(refused.get(0)).as("a key that names no file").isEqualTo(404L);
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({ "1440", "390" })
    void an_evaluator_records_a_transfer_with_its_date(int width) {
        evaluator = onRegionPage("evaluator", width);
        var transfersBefore = evaluator.all("#grant-kpu .transfer-remove").size();
        evaluator.click("#grant-kpu .transfer-add");
        var form = shownWithFields(evaluator, "#grant-kpu .transfer-form", "transfer form fields");
        var date = form.findElement(org.openqa.selenium.By.cssSelector("vaadin-date-picker"));
        assertThat(date.isDisplayed()).isTrue();
        evaluator.script("arguments[0].value = '2024-10-18'", date);
        typeInto(evaluator, evaluator.field(form, "Jumlah"), "1000000");
        typeInto(evaluator, evaluator.field(form, "Referensi"), "SP2D-6207-KPU-UJI-" + width);
        evaluator.screenshot(shot("transfer-form-" + width));
        evaluator.click("#grant-kpu .transfer-save");
        assertThat(evaluator.all("#grant-kpu .transfer-remove")).hasSize(transfersBefore + 1);
        assertThat(evaluator.consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({ "1440", "390" })
    void an_evaluator_scores_a_pj_report_with_indicators_and_neutrality(int width) {
        evaluator = onRegionPage("evaluator", width);
        evaluator.click(".evaluate-report");
        var dialog = shownWithFields(evaluator, "vaadin-dialog.evaluation-dialog", "evaluation dialog fields");
        var scores = dialog.findElements(org.openqa.selenium.By.cssSelector("vaadin-integer-field"));
        assertThat(scores).as("indicator scores and the neutrality score").hasSizeGreaterThanOrEqualTo(2);
        for (var score : scores) {
            var input = score.findElement(org.openqa.selenium.By.cssSelector("input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "82", Keys.TAB);
        }
        // A new evaluation has no recommendation yet (an evaluation being changed keeps its own): choose the first.
        if (evaluator.script("return arguments[0].querySelector('vaadin-select').value", dialog) instanceof String value
                && value.isEmpty()) {
            evaluator.click("vaadin-dialog.evaluation-dialog vaadin-select");
            evaluator.click("vaadin-select-item");
            evaluator.awaitIdle();
        }
        evaluator.screenshot(shot("evaluation-dialog-" + width));
        evaluator.click("vaadin-dialog.evaluation-dialog vaadin-button[theme~='primary']");
        assertThat(evaluator.all("vaadin-dialog.evaluation-dialog[opened]")).as("dialog closed after saving").isEmpty();
        assertThat(evaluator.consoleErrors()).isEmpty();
    }

    @Test
    void every_other_form_and_dialog_opens_with_its_fields_shown() {
        evaluator = signedIn("admin", 1440);
        checkForm(REGION, "#contact-edit", "#desk-contact");
        checkForm(REGION, "#heads-appoint", "vaadin-dialog[opened]");
        checkForm(REGION, "#grant-bawaslu .grant-edit", "#grant-bawaslu .grant-form");
        checkForm(REGION, ".record-report", "vaadin-dialog[opened]");
        checkForm(REGION, ".followup-open", "vaadin-dialog[opened]");
        checkForm(REGION, "#vulnerability-record", "vaadin-dialog[opened]");
        evaluator.open(REGION);
        evaluator.click("#desk-reports summary");
        checkFormHere(REGION, ".desk-report-record", "vaadin-dialog[opened]");
        checkForm("/rapat", "#meeting-new", "vaadin-dialog[opened]");
        checkForm("/kepala-daerah/indikator", "#indicator-add", "vaadin-dialog[opened]");
        checkForm("/admin/pengguna", "#user-add", "vaadin-dialog[opened]");
        checkForm("/admin/pengguna", "[id^='activity-']", "vaadin-dialog[opened]");
        evaluator.open("/checklist/templat");
        if (!evaluator.all("#template-start-draft").isEmpty() && evaluator.find("#template-start-draft").isEnabled()) {
            evaluator.click("#template-start-draft");
        }
        evaluator.click("#template-add-item");
        shownWithFields(evaluator, "vaadin-dialog[opened]", "template item dialog");
        evaluator.open("/anggaran/impor");
        assertThat(evaluator.brokenFields(evaluator.find("vaadin-app-layout"))).as("import page").isEmpty();
        assertThat(evaluator.consoleErrors()).isEmpty();
    }

    private void checkForm(String path, String opener, String form) {
        evaluator.open(path);
        checkFormHere(path, opener, form);
    }

    /** Like {@link #checkForm} on the page already open (after unfolding the part that holds the opener). */
    private void checkFormHere(String path, String opener, String form) {
        evaluator.click(opener);
        shownWithFields(evaluator, form, opener + " on " + path);
        assertThat(evaluator.undefinedElements()).as(opener + " on " + path).isEmpty();
        evaluator.screenshot(shot("form-" + opener.replaceAll("[^a-z-]", "") + ".png"));
    }

    /** A browser of the given width signed in with a demo account (password = user name), closed after the test. */
    private Chromium signedIn(String username, int width) {
        var browser = new Chromium(app, width);
        browsers.add(browser);
        browser.signIn(username, username);
        return browser;
    }

    /** Like {@link #signedIn}, on the Seruyan region page. */
    private Chromium onRegionPage(String username, int width) {
        var browser = signedIn(username, width);
        browser.open(REGION);
        return browser;
    }

    /** The form or dialog {@code css} once shown, after checking that its fields are defined, shown and usable. */
    private static WebElement shownWithFields(Chromium browser, String css, String what) {
        var shown = browser.visible(css);
        assertThat(browser.brokenFields(shown)).as(what).isEmpty();
        return shown;
    }

    /** The CSS selector of a checklist item by its code, whether a closed row or an open card. */
    private static String row(Chromium browser, String code) {
        var found = browser.script("return !!document.querySelector(arguments[0])", ".checklist-item[data-code='" + code + "']");
        assertThat(found).as("checklist row " + code).isEqualTo(true);
        return ".checklist-item[data-code='" + code + "']";
    }

    /** What the checklist shows of an item, whether it is a closed row or an open card. */
    private static String itemText(Chromium browser, String code) {
        return (String) browser.script("""
                return [...document.querySelectorAll('.checklist-item')].filter((item) => item.textContent.includes(arguments[0]))
                  .map((item) => item.innerText).join(' | ');
                """, code);
    }

    static void chooseInSelect(Chromium browser, WebElement select, String label) {
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", select);
        Chromium.pause(400);
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                  .find((candidate) => candidate.textContent.trim() === arguments[0] && candidate.checkVisibility());
                item.click();
                """, label);
        browser.awaitIdle();
    }

    private static void type(Chromium browser, WebElement scope, String css, String text) {
        typeInto(browser, scope.findElement(org.openqa.selenium.By.cssSelector(css)), text);
    }

    private static void typeInto(Chromium browser, WebElement field, String text) {
        var input = field.getTagName().equals("input") || field.getTagName().equals("textarea") ? field
                : field.findElement(org.openqa.selenium.By.cssSelector("input, textarea"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.awaitIdle();
    }

    private static java.nio.file.Path shot(String name) {
        return ShippedApp.TARGET.resolve("shipped/screens/forms").resolve(name.endsWith(".png") ? name : name + ".png");
    }
}

package id.go.kemendagri.siap.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static id.go.kemendagri.siap.load.Vaadin.download;
import static id.go.kemendagri.siap.load.Vaadin.load;
import static id.go.kemendagri.siap.load.Vaadin.navigate;
import static id.go.kemendagri.siap.load.Vaadin.signIn;
import static id.go.kemendagri.siap.load.Vaadin.signOut;
import static id.go.kemendagri.siap.load.Vaadin.think;
import static id.go.kemendagri.siap.load.Vaadin.uidl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import tools.jackson.databind.node.ArrayNode;

/**
 * The three kinds of users of a working day, each a loop of screens and actions with think times of tens of
 * seconds (heartbeats every 5 s meanwhile) until the given moment, then signing out, so that a run leaves no
 * session behind on the server (unless {@code load.stay}, for the heap per open session):
 * <ul>
 * <li>leadership ({@code pimpinan}): the national board, a province's board, the PDF and XLSX reports;</li>
 * <li>evaluators ({@code evaluator}): the verification queue, a further page of it, selecting an item and
 * verifying it (button, confirmation dialog);</li>
 * <li>provincial staff ({@code kalteng}, {@code kaltim}): a region's page of their province, editing its Desk
 * Pilkada contact (fields, save) and a checklist item (open, note, save), the readiness checklist's tasks; in a
 * share of the rounds ({@code load.import.share}) first a small budget file imported (upload, preview, store).</li>
 * </ul>
 */
final class Journeys {

    /** Regions of the two demo provinces whose staff accounts exist (Kalimantan Tengah and Timur). */
    static final List<String> KALTENG = List.of("62.01", "62.02", "62.03", "62.04", "62.05", "62.06", "62.07",
            "62.08", "62.09", "62.10", "62.11", "62.12", "62.13", "62.71");
    static final List<String> KALTIM = List.of("64.01", "64.02", "64.03", "64.07", "64.08",
            "64.09", "64.11", "64.71", "64.72", "64.74");
    static final List<String> PROVINCES = List.of("11", "12", "13", "31", "32", "33", "34", "35", "51", "61", "62",
            "63", "64", "71", "73", "81", "91", "94");

    private Journeys() {
    }

    /** Think times in seconds (min, max): tens of seconds for the capacity run, shorter for the smoke. */
    record Pace(int min, int max, double importShare, boolean stay) {
        Pace(int min, int max) {
            this(min, max, Double.parseDouble(System.getProperty("load.import.share", "0.2")),
                    Boolean.getBoolean("load.stay"));
        }
    }

    /**
     * The users' mix: of {@code sessions} people signing in over {@code rampSeconds}, 20% leadership, 30% evaluators
     * and 50% provincial staff, all working until {@code rampSeconds + holdSeconds} after now, then signing out.
     */
    static List<PopulationBuilder> mix(int sessions, int rampSeconds, int holdSeconds, Pace pace) {
        return mix(sessions, 0, rampSeconds, holdSeconds, pace);
    }

    /**
     * The same, after a warm-up: one user of each kind at once, the others {@code warmUpSeconds} later, so that a
     * freshly started server meets its first screens one at a time (the smoke version runs against a cold jar).
     */
    static List<PopulationBuilder> mix(int sessions, int warmUpSeconds, int rampSeconds, int holdSeconds, Pace pace) {
        long end = System.currentTimeMillis() + (warmUpSeconds + rampSeconds + holdSeconds) * 1000L;
        var ramp = Duration.ofSeconds(rampSeconds);
        return List.of(leadership(pace, end).injectOpen(steps(share(sessions, 20), warmUpSeconds, ramp)),
                evaluators(pace, end).injectOpen(steps(share(sessions, 30), warmUpSeconds, ramp)),
                staff(pace, end).injectOpen(steps(share(sessions, 50), warmUpSeconds, ramp)));
    }

    private static List<OpenInjectionStep> steps(int users, int warmUpSeconds, Duration ramp) {
        if (warmUpSeconds == 0 || users < 2) {
            return List.of(rampUsers(users).during(ramp));
        }
        return List.of(atOnceUsers(1), nothingFor(Duration.ofSeconds(warmUpSeconds)), rampUsers(users - 1).during(ramp));
    }

    private static int share(int total, int percent) {
        return Math.max(1, Math.round(total * percent / 100f));
    }

    static ScenarioBuilder leadership(Pace pace, long endMillis) {
        return scenario("leadership").exec(session -> session.set("user", "pimpinan"))
                .exec(signIn("user"))
                .exec(load("board", session -> "ringkasan", has("board-pdf"))).exitHereIfFailed()
                .exec(loopUntil(endMillis, exec(think(pace.min(), pace.max()))
                        .exec(download("report pdf", "board-pdf", "application/pdf"))
                        .exec(think(pace.min(), pace.max()))
                        .exec(navigate("board", session -> "ringkasan/" + pick(PROVINCES), has("board-xlsx")))
                        .exec(think(pace.min(), pace.max()))
                        .exec(download("report xlsx", "board-xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                        .exec(think(pace.min(), pace.max()))
                        .exec(navigate("board", session -> "ringkasan", has("board-pdf")))))
                .exec(leave(pace));
    }

    static ScenarioBuilder evaluators(Pace pace, long endMillis) {
        return scenario("evaluators").exec(session -> session.set("user", "evaluator"))
                .exec(signIn("user"))
                .exec(load("verification queue", session -> "checklist/verifikasi", Journeys::queueShown)).exitHereIfFailed()
                .exec(loopUntil(endMillis, exec(think(pace.min(), pace.max()))
                        .exec(uidl("grid page", (ui, session) -> {
                            var grid = ui.byTag("vaadin-grid").orElse(null);
                            if (grid == null) {
                                return null;
                            }
                            var size = grid.properties.containsKey("size") ? grid.properties.get("size").asInt() : 0;
                            var start = size > 100 ? ThreadLocalRandom.current().nextInt(1, Math.min(size / 50, 10)) * 50 : 0;
                            return VaadinUi.rpc(ui.serverCall(grid.id, "setViewportRange", start, 50));
                        }, Journeys::queueShown))
                        .exec(think(pace.min(), pace.max()))
                        .exec(uidl("select item", (ui, session) -> {
                            var grid = ui.byTag("vaadin-grid").orElse(null);
                            if (grid == null || grid.rowKeys.isEmpty()) {
                                return null;
                            }
                            return VaadinUi.rpc(ui.serverCall(grid.id, "select", pick(grid.rowKeys)));
                        }, ui -> ui.byClass("verify-selected").filter(b -> !"true".equals(b.property("disabled")))
                                .isPresent() ? null : "verify button not enabled"))
                        .exec(uidl("verify (button)", (ui, session) -> ui.byClass("verify-selected")
                                .map(button -> VaadinUi.rpc(VaadinUi.click(button.id))).orElse(null),
                                ui -> ui.newestByTag("vaadin-confirm-dialog").isPresent() ? null : "no confirmation"))
                        .exec(uidl("verify (confirm)", (ui, session) -> ui.newestByTag("vaadin-confirm-dialog")
                                .map(dialog -> VaadinUi.rpc(VaadinUi.event(dialog.id, "confirm", null))).orElse(null),
                                null))
                        .exec(think(pace.min(), pace.max()))
                        .exec(navigate("verification queue", session -> "checklist/verifikasi", Journeys::queueShown))))
                .exec(leave(pace));
    }

    static ScenarioBuilder staff(Pace pace, long endMillis) {
        return scenario("provincial staff")
                .exec(session -> session.set("user", ThreadLocalRandom.current().nextBoolean() ? "kalteng" : "kaltim"))
                .exec(signIn("user"))
                .exec(load("region page", Journeys::region, has("desk-contact"))).exitHereIfFailed()
                .exec(loopUntil(endMillis, exec(doIf(session -> ThreadLocalRandom.current().nextDouble() < pace.importShare()
                                && lease(session.getString("user"))).then(budgetImport(pace)))
                        .exec(think(pace.min(), pace.max()))
                        .exec(uidl("contact edit (button)", (ui, session) -> ui.byId("contact-edit")
                                .map(button -> VaadinUi.rpc(VaadinUi.click(button.id))).orElse(null),
                                has("contact-save")))
                        .exec(think(pace.min(), pace.min() + 5))
                        .exec(uidl("contact fields", Journeys::contactFields, null))
                        .exec(uidl("contact save", (ui, session) -> ui.byId("contact-save")
                                .map(button -> VaadinUi.rpc(VaadinUi.click(button.id))).orElse(null), null))
                        .exec(think(pace.min(), pace.max()))
                        .exec(uidl("checklist item (open)", (ui, session) -> {
                            var rows = ui.all(n -> "siap-checklist-rows".equals(n.tag) && n.property("rows") != null);
                            for (var node : rows) {
                                var editable = VaadinUi.JSON.readTree(node.property("rows")).valueStream()
                                        .filter(r -> r.path("editable").asBoolean(false)).toList();
                                if (!editable.isEmpty()) {
                                    var data = VaadinUi.JSON.createObjectNode();
                                    data.put("event.detail.action", "edit");
                                    data.put("event.detail.key", pick(editable).path("key").asString());
                                    return VaadinUi.rpc(VaadinUi.event(node.id, "siap-action", data));
                                }
                            }
                            return null;
                        }, ui -> ui.byClass("item-save").isPresent() ? null : "item form not opened"))
                        .exec(think(pace.min(), pace.min() + 5))
                        .exec(uidl("checklist item (note)", (ui, session) -> ui.newestByTag("vaadin-text-area")
                                .map(field -> VaadinUi.rpc(VaadinUi.sync(field.id, "value", "Dicek ulang (uji beban)"),
                                        VaadinUi.event(field.id, "change", null))).orElse(null), null))
                        .exec(uidl("checklist item (save)", (ui, session) -> ui.byClass("item-save")
                                .map(button -> VaadinUi.rpc(VaadinUi.click(button.id))).orElse(null), null))
                        .exec(think(pace.min(), pace.max()))
                        .exec(navigate("checklist tasks", session -> "checklist/tugas", null))
                        .exec(think(pace.min(), pace.max()))
                        .exec(navigate("region page", Journeys::region, has("desk-contact")))))
                .exec(leave(pace));
    }

    /** Signs out at the end, or, in a run that measures open sessions ({@code load.stay}), leaves the session open. */
    private static ChainBuilder leave(Pace pace) {
        return pace.stay() ? exec(session -> session) : signOut();
    }

    /**
     * The budget file each staff account imports (docs/budget.md, "Import"): a few NPHD rows of grants that have no
     * transfer, which no other journey changes, in the template's columns. The first import of a run on a fresh
     * database moves them on (a proposal entered, an agreement restated); every later one sends the same figures
     * again, which the import accepts and stores as unchanged, so runs can follow each other on one database.
     */
    static final Map<String, String> BUDGET_FILES = Map.of(
            "kalteng", String.join(",", BudgetColumns.NAMES) + "\n"
                    + "NPHD,62.04,BAWASLU,RASIONALISASI,BERTAHAP,9500000000,,,,,,,,\n"
                    + "NPHD,62.13,POLRI,RASIONALISASI,BERTAHAP,2100000000,,,,,,,,\n"
                    + "NPHD,62.10,TNI,RASIONALISASI,BERTAHAP,4454000000,,,,,,,,\n",
            "kaltim", String.join(",", BudgetColumns.NAMES) + "\n"
                    + "NPHD,64.09,TNI,RASIONALISASI,BERTAHAP,1250000000,,,,,,,,\n"
                    + "NPHD,64.08,TNI,DISEPAKATI,BERTAHAP,4535000000,4217000000,,,,,,,\n");

    /** The import template's columns ({@code BudgetImport.COLUMNS}; the load test does not compile against main). */
    private static final class BudgetColumns {
        static final List<String> NAMES = List.of("jenis", "kode_wilayah", "penerima", "tahap", "skema", "usulan",
                "disepakati", "nomor_nphd", "tanggal_nphd", "persen_tahun_sebelumnya", "termin", "tanggal_transfer",
                "jumlah_transfer", "referensi");
    }

    /**
     * Provincial staff import a small budget file (at the start of a round, so that the smoke version's minute
     * shows it), then go back to a region page: the import screen, the file through the upload component
     * ({@link Vaadin#upload}), the preview checked (every row valid, the store button enabled, no error shown),
     * then "Simpan" and its answer checked (the success message with the NPHD changed, no error).
     */
    static ChainBuilder budgetImport(Pace pace) {
        return exec(think(pace.min(), pace.max()))
                .exec(navigate("budget import", session -> "anggaran/impor", ui -> importUpload(ui).isEmpty()
                        ? "no upload" : importStore(ui).isEmpty() ? "no store button" : null))
                .exec(think(pace.min(), pace.min() + 5))
                .exec(Vaadin.upload("budget import", Journeys::importUpload, "anggaran-uji-beban.csv", "text/csv",
                        session -> BUDGET_FILES.get(session.getString("user")).getBytes(StandardCharsets.UTF_8),
                        Journeys::previewValid))
                .exec(think(pace.min(), pace.min() + 5))
                .exec(uidl("budget import (store)", (ui, session) -> importStore(ui)
                        .map(button -> VaadinUi.rpc(VaadinUi.click(button.id))).orElse(null), Journeys::imported))
                .exec(session -> {
                    release(session.getString("user"));
                    return session;
                })
                .exec(think(pace.min(), pace.max()))
                .exec(navigate("region page", Journeys::region, has("desk-contact")));
    }

    private static java.util.Optional<VaadinUi.Node> importUpload(VaadinUi ui) {
        return ui.byTag("vaadin-upload");
    }

    /** The import screen's "Simpan" button: the button that is a child of the view itself. */
    private static java.util.Optional<VaadinUi.Node> importStore(VaadinUi ui) {
        return ui.byClass("budget-import-view").flatMap(view -> view.children.stream().map(ui.nodes::get)
                .filter(n -> n != null && "vaadin-button".equals(n.tag)).findFirst());
    }

    private static String previewValid(VaadinUi ui) {
        if (ui.byClass("import-error").isPresent()) {
            return "the import refused the file";
        }
        if (ui.byClass("import-issue").isPresent()) {
            return "the preview shows invalid rows";
        }
        return importStore(ui).filter(b -> b.attribute("disabled") == null).isPresent() ? null
                : "no preview (store button not enabled)";
    }

    private static String imported(VaadinUi ui) {
        var success = ui.all(n -> "vaadin-notification".equals(n.tag) && n.attachedIn == ui.answers
                && String.valueOf(n.attribute("theme")).contains("success"));
        if (success.isEmpty()) {
            return "no success message";
        }
        var text = String.valueOf(success.getLast().property("text"));
        return text.matches("(?s).*\\d+ NPHD.*") ? null : "unexpected message: " + text;
    }

    /** Until when a virtual user of a staff account holds its import (one import per account at a time). */
    private static final Map<String, Long> LEASES = new ConcurrentHashMap<>();

    /**
     * Whether this virtual user may import now: the application runs one import per account at a time and refuses a
     * second one with a message ("your previous import is still being processed"). Hundreds of virtual users share
     * two staff accounts here, where each province has its own people, so a user whose account is importing skips
     * the import this round. The lease ends when the import did, or after 60 s (a user stopped in between).
     */
    static boolean lease(String user) {
        var now = System.currentTimeMillis();
        var granted = new boolean[1];
        LEASES.compute(user, (key, until) -> {
            if (until == null || until < now) {
                granted[0] = true;
                return now + 60_000;
            }
            return until;
        });
        return granted[0];
    }

    static void release(String user) {
        LEASES.remove(user);
    }

    /**
     * Changes the position, and fills every other required field that is empty (a region may have no contact yet):
     * one property sync and change event per field, as the browser sends when the user leaves each field.
     */
    private static ArrayNode contactFields(VaadinUi ui, Session session) {
        var rpc = VaadinUi.JSON.createArrayNode();
        var values = new LinkedHashMap<String, String>();
        values.put("contact-position", "Kepala Bidang Politik " + session.userId());
        values.put("contact-name", "Petugas Uji Beban");
        values.put("contact-unit", "Badan Kesbangpol");
        values.put("contact-phone", "0812-3456-7890");
        values.put("contact-email", "desk.pilkada@example.go.id");
        for (var entry : values.entrySet()) {
            var field = ui.byId(entry.getKey()).orElse(null);
            if (field == null) {
                return null;
            }
            var current = field.property("value");
            if (entry.getKey().equals("contact-position") || current == null || current.isBlank()) {
                rpc.add(VaadinUi.sync(field.id, "value", entry.getValue()));
                rpc.add(VaadinUi.event(field.id, "change", null));
            }
        }
        return rpc;
    }

    private static String region(Session session) {
        return "wilayah/" + pick("kalteng".equals(session.getString("user")) ? KALTENG : KALTIM);
    }

    private static ChainBuilder loopUntil(long endMillis, ChainBuilder body) {
        // exitASAP: the loop ends at the moment, even in the middle of a round (a form may stay open).
        return exec(during(session -> Duration.ofMillis(Math.max(0, endMillis - System.currentTimeMillis())), "round",
                true).on(body));
    }

    static Vaadin.Expectation has(String id) {
        return ui -> ui.byId(id).isPresent() ? null : "no element #" + id;
    }

    private static String queueShown(VaadinUi ui) {
        return ui.byTag("vaadin-grid").filter(g -> g.classes.contains("verification-grid")).isPresent() ? null
                : "no verification grid";
    }

    static <T> T pick(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }
}

package id.go.kemendagri.siap.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import tools.jackson.databind.node.ArrayNode;

/**
 * Gatling steps that speak Vaadin Flow's protocol as the browser's client does: the sign-in form with Spring
 * Security's CSRF token, the bootstrap answer ({@code ?v-r=init}), the push WebSocket (Atmosphere, transport
 * {@code websocket}; requests go by XHR as the application's {@code alwaysXhrToServer} says), UIDL requests
 * ({@code ?v-r=uidl}) with the security key, sync id and client id, and a heartbeat every 5 s while the user
 * thinks. Each UIDL answer is checked for protocol and application errors and for what the step expects.
 */
final class Vaadin {

    static final String UI = "vaadin.ui";
    /** Push messages are applied before each request, from the WebSocket's buffer of unmatched messages. */
    static final String PUSH = "push";
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private Vaadin() {
    }

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** What a step expects of the UI after the answer: null when met, else what is missing. */
    @FunctionalInterface
    interface Expectation {
        String unmet(VaadinUi ui);
    }

    /** Signs in through the form: the page with its CSRF token, then the POST Spring Security handles. */
    static ChainBuilder signIn(String userKey) {
        return exec(http("sign-in page").get("/login")
                .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign-in").post("/login")
                        .formParam("username", "#{" + userKey + "}")
                        .formParam("password", "#{" + userKey + "}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocation().transform(url -> url.contains("/login")).is(false),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")));
    }

    /**
     * Loads a page as a browser does on a full page load: the HTML, the bootstrap answer with the UI id,
     * security key and push id, the push WebSocket, then the route's content (the client's first
     * {@code ui-navigate}).
     */
    static ChainBuilder load(String name, Function<Session, String> route, Expectation expectation) {
        return exec(session -> session.set("route", route.apply(session)))
                .exec(http(name + " (page)").get("/#{route}")
                        .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http(name + " (init)").get(session -> "/?v-r=init&location="
                        + URLEncoder.encode(session.getString("route"), StandardCharsets.UTF_8) + "&query=")
                        .check(status().is(200), bodyString().transform(VaadinUi::fromInit).notNull().saveAs(UI)))
                .exec(session -> session.set("lastBeat", System.currentTimeMillis()))
                .exec(heartbeatIfDue())
                .exec(ws("push", PUSH).connect(session -> "/VAADIN/push?v-uiId=" + ui(session).uiId
                        + "&v-pushId=" + ui(session).pushId
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true")
                        .await(10).on(ws.checkTextMessage("push handshake").check(regex("\\|"))))
                .exec(uidl(name, (ui, session) -> VaadinUi.rpc(VaadinUi.navigate(session.getString("route"), "")),
                        expectation));
    }

    /** In-app navigation (a menu or link click): no page load, the same UI and push connection. */
    static ChainBuilder navigate(String name, Function<Session, String> route, Expectation expectation) {
        return exec(session -> session.set("route", route.apply(session)))
                .exec(uidl(name, (ui, session) -> VaadinUi.rpc(VaadinUi.navigate(session.getString("route"), "")),
                        expectation));
    }

    @FunctionalInterface
    interface Invocations {
        /** The invocations to send, or null when the UI lacks what the step needs (the step then fails). */
        ArrayNode of(VaadinUi ui, Session session);
    }

    /**
     * One UIDL request: applies the push messages received meanwhile, sends the invocations with the security
     * key, sync id and client id, applies the answer and checks it (status 200, JSON, no error, the expectation).
     */
    static ChainBuilder uidl(String name, Invocations invocations, Expectation expectation) {
        return exec(heartbeatIfDue())
                .exec(ws.processUnmatchedMessages(PUSH, Vaadin::applyPush))
                .exec(session -> {
                    var rpc = invocations.of(ui(session), session);
                    return rpc == null ? session.set("rpc", "").markAsFailed() : session.set("rpc", ui(session).request(rpc));
                })
                .doIf(session -> !session.getString("rpc").isEmpty()).then(
                        exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody("#{rpc}"))
                                .check(status().is(200), answerChecked(name, expectation))))
                .exec(heartbeatIfDue());
    }

    /** The check of a UIDL answer: applied to the user's UI, no error in it, the expectation met. */
    static io.gatling.javaapi.core.CheckBuilder answerChecked(String name, Expectation expectation) {
        return bodyString().transformWithSession((body, session) -> {
            String problem;
            try {
                var ui = ui(session);
                problem = ui.applyAnswer(body);
                if (problem == null && expectation != null) {
                    problem = expectation.unmet(ui);
                }
            } catch (RuntimeException e) {
                problem = "answer not understood: " + e;
            }
            if (problem != null) {
                report(name, session, problem);
            }
            return problem == null ? "ok" : problem;
        }).is("ok");
    }

    private static final java.util.concurrent.atomic.AtomicInteger REPORTED = new java.util.concurrent.atomic.AtomicInteger();

    /** Prints the first 50 failed answers with what was wrong (Gatling's summary only counts them). */
    static void report(String step, Session session, String problem) {
        if (REPORTED.incrementAndGet() <= 50) {
            System.out.printf("[load] %s %s failed for %s (user %d): %s%n", java.time.LocalTime.now(), step, session.getString("user"),
                    session.userId(), problem);
        }
    }

    private static Session applyPush(java.util.List<WsInboundMessage> messages, Session session) {
        if (!session.contains(UI)) {
            return session;
        }
        var ui = ui(session);
        for (var message : messages) {
            if (message instanceof WsInboundMessage.Text text) {
                // Atmosphere frames: "length|message", several may come in one frame; the first is the handshake.
                var rest = text.message();
                while (!rest.isEmpty()) {
                    var bar = rest.indexOf('|');
                    if (bar < 0) {
                        break;
                    }
                    int length;
                    try {
                        length = Integer.parseInt(rest.substring(0, bar).trim());
                    } catch (NumberFormatException e) {
                        break;
                    }
                    var end = Math.min(rest.length(), bar + 1 + length);
                    var payload = rest.substring(bar + 1, end);
                    rest = rest.substring(end);
                    if (payload.startsWith("{") || payload.startsWith("for(;;);")) {
                        ui.pushMessages++;
                        ui.applyAnswer(payload);
                    }
                }
            }
        }
        return session;
    }

    /**
     * The browser's heartbeat timer, between the user's own requests: a heartbeat when the last one is 5 s old or
     * older. A browser sends them on a timer, also while a request of its own is pending; a virtual user does one
     * thing at a time, so it sends one before and after each UIDL request instead (Vaadin closes a UI that misses
     * three, 15 s; see docs/performance.md, "Capacity (Gatling)").
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> session.contains(UI)
                && System.currentTimeMillis() - session.getLong("lastBeat") >= HEARTBEAT.toMillis()).then(beat());
    }

    private static ChainBuilder beat() {
        return exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId)
                .check(status().is(200))).exec(session -> session.set("lastBeat", System.currentTimeMillis()));
    }

    /**
     * The user reads: a pause of the given seconds (drawn between min and max), cut into steps of at most 5 s
     * with the browser's heartbeat after each (without heartbeats Vaadin closes the UI after 15 s).
     */
    static ChainBuilder think(int minSeconds, int maxSeconds) {
        return exec(session -> {
            var millis = Math.max(0, ThreadLocalRandom.current().nextInt(minSeconds * 1000, maxSeconds * 1000 + 1)
                    - (int) RETURN_DELAY.toMillis());
            var beats = Math.max(1, (int) Math.ceil(millis / (double) HEARTBEAT.toMillis()));
            return session.set("beats", beats).set("beat", millis / beats);
        }).exec(pause(RETURN_DELAY)).exec(answerReturns())
                .repeat(session -> session.getInt("beats")).on(
                        pause(session -> Duration.ofMillis(session.getInt("beat"))).exec(beat()).exec(answerReturns()));
    }

    /**
     * How long after an answer the script looks for the push messages that followed it: the server asks for a
     * script's result by push right after a large answer ({@code ResponseCacheTrim}), which the browser answers
     * within milliseconds; a virtual user answers when it starts thinking, this long after the answer.
     */
    static final Duration RETURN_DELAY = Duration.ofMillis(300);

    /**
     * Sends the results of scripts the server asked for ({@code executeJs(...).then(...)}, see
     * {@link VaadinUi#returns}) in a UIDL request of their own, after applying the push messages received meanwhile;
     * nothing when none is owed. A browser sends them as soon as the script ran.
     */
    static ChainBuilder answerReturns() {
        return exec(ws.processUnmatchedMessages(PUSH, Vaadin::applyPush))
                .doIf(session -> session.contains(UI) && !ui(session).returns.isEmpty()).then(
                        exec(session -> session.set("rpc", ui(session).request(VaadinUi.JSON.createArrayNode())))
                                .exec(http("script result").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
                                        .header("Content-Type", "application/json; charset=UTF-8")
                                        .body(StringBody("#{rpc}"))
                                        .check(status().is(200), answerChecked("script result", null))));
    }

    /**
     * A file chosen in the {@code vaadin-upload} element {@code upload} finds, sent as the browser's upload component
     * sends it: the element's {@code upload-start} event (the server listens to it), the file to the element's
     * {@code target} (the upload handler's URL the server put in the state tree, {@code VAADIN/dynamic/resource/...}),
     * in the element's {@code upload-format}: {@code raw} by default (the file as the request body, its type as
     * {@code Content-Type}, its name URL-encoded in {@code X-Filename}), {@code multipart} when the server asks for it
     * (a form with the part {@code file}); then the push message with what the server did with the file (the upload
     * handler's callback runs in {@code UI.access}, pushed before the POST answers), at most 3 s, and the element's
     * {@code upload-success} event with the data its listener asks for. {@code received} is what the step expects
     * once the server has read the file.
     */
    static ChainBuilder upload(String name, Function<VaadinUi, java.util.Optional<VaadinUi.Node>> upload,
            String fileName, String contentType, Function<Session, byte[]> content, Expectation received) {
        return exec(uidl(name + " (upload-start)", (ui, session) -> upload.apply(ui)
                .map(node -> VaadinUi.rpc(VaadinUi.event(node.id, "upload-start", null))).orElse(null), null))
                .exec(session -> {
                    var node = upload.apply(ui(session)).orElse(null);
                    var target = node == null ? null : node.attributes.get("target");
                    var uri = target == null ? "" : target.path("uri").asString(target.asString(""));
                    if (uri.isEmpty()) {
                        report(name, session, "no upload target");
                        return session.set("uploadTarget", "").markAsFailed();
                    }
                    return session.set("uploadTarget", uri).set("uploadMultipart", "multipart".equals(node.attribute("upload-format")))
                            .set("uploadBody", content.apply(session));
                })
                .doIf(session -> !session.getString("uploadTarget").isEmpty()).then(
                        doIfOrElse(session -> session.getBoolean("uploadMultipart")).then(
                                exec(http(name + " (file)").post("/#{uploadTarget}")
                                        .bodyPart(ByteArrayBodyPart("file", session -> (byte[]) session.get("uploadBody"))
                                                .fileName(fileName).contentType(contentType))
                                        .asMultipartForm().check(status().is(200))))
                                .orElse(exec(http(name + " (file)").post("/#{uploadTarget}")
                                        .header("Content-Type", contentType)
                                        .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                                        .body(ByteArrayBody(session -> (byte[]) session.get("uploadBody")))
                                        .check(status().is(200))))
                                .exec(session -> session.set("uploadWaits", 0))
                                .asLongAs(session -> session.getInt("uploadWaits") < 30
                                        && (received == null || received.unmet(ui(session)) != null)).on(
                                        pause(Duration.ofMillis(100))
                                                .exec(ws.processUnmatchedMessages(PUSH, Vaadin::applyPush))
                                                .exec(session -> session.set("uploadWaits", session.getInt("uploadWaits") + 1)))
                                .exec(uidl(name + " (upload-success)", (ui, session) -> upload.apply(ui).map(node -> {
                                    var data = VaadinUi.JSON.createObjectNode();
                                    data.put("element.files.some(file => file.uploading)", false);
                                    return VaadinUi.rpc(VaadinUi.event(node.id, "upload-success", data));
                                }).orElse(null), received)));
    }

    /** A file the UI offers as a link (a download handler's URL from the element's {@code href}). */
    static ChainBuilder download(String name, String elementId, String contentType) {
        return exec(session -> {
            var href = ui(session).byId(elementId).map(n -> n.attributes.get("href")).map(v -> v.path("uri").asString(
                    v.asString(""))).orElse("");
            return href.isEmpty() ? session.set("href", "").markAsFailed() : session.set("href", href);
        }).doIf(session -> !session.getString("href").isEmpty()).then(
                exec(http(name).get("/#{href}").check(status().is(200),
                        header("Content-Type").transform(type -> type != null && type.startsWith(contentType)).is(true))));
    }

    /**
     * Signs out as the menu does: Spring Security's POST /logout with the CSRF token of the last page, which ends the
     * session and its UIs; then the page goes, and with it the push connection (closed after the sign-out, so that
     * no live update is pushed into a socket the client has already closed).
     */
    static ChainBuilder signOut() {
        return exec(http("sign-out").post("/logout").formParam("_csrf", "#{csrf}").check(status().in(200, 302)))
                .exec(ws("push", PUSH).close());
    }
}

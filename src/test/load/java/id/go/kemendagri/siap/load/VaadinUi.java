package id.go.kemendagri.siap.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a browser's Flow client keeps of one UI, enough to speak Vaadin's protocol like it: the UI id, the
 * security key (sent as {@code csrfToken}) and the push id from the bootstrap answer ({@code ?v-r=init}), the
 * server's sync id and the next client message id, and a copy of the state tree's nodes (tag, properties,
 * attributes, class names, DOM listeners) built from the {@code changes} of every answer and push message.
 * One instance per virtual user, kept in its Gatling session; a virtual user runs one step at a time.
 */
final class VaadinUi {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One state node: what a script needs to find an element and talk to it. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final Set<String> classes = new LinkedHashSet<>();
        final List<Integer> children = new ArrayList<>();
        /** The last rows the server sent to this node's data connector (grid, combo box), by key. */
        final List<String> rowKeys = new ArrayList<>();
        long attachedIn;

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            var value = properties.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }

        String attribute(String name) {
            var value = attributes.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }
    }

    final int uiId;
    final String securityKey;
    final String pushId;
    int syncId;
    int clientId;
    /** Answers applied so far (the init answer is the first). */
    long answers;
    private int promises;
    final Map<Integer, Node> nodes = new HashMap<>();
    /** Number of push messages received and applied. */
    long pushMessages;
    /**
     * The answers the browser owes the server: one {@code channel} invocation per {@code executeJs} whose result the
     * server waits for (see {@link #readReturnChannel}), sent with the next request, or on their own right away.
     */
    final List<ObjectNode> returns = new ArrayList<>();
    /** Number of return values sent so far. */
    long returned;

    private VaadinUi(int uiId, String securityKey, String pushId, int syncId) {
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.pushId = pushId;
        this.syncId = syncId;
    }

    /** Reads the bootstrap answer of {@code ?v-r=init}; null when it is not one. */
    static VaadinUi fromInit(String body) {
        var root = JSON.readTree(body);
        var config = root.path("appConfig");
        var uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            return null;
        }
        var ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(null), uidl.path("syncId").asInt());
        ui.apply(uidl);
        return ui;
    }

    /**
     * The body of the next UIDL request carrying these invocations, after the return values still owed (the Flow
     * client queues them and sends them first, with whatever the user did meanwhile).
     */
    String request(ArrayNode rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        var all = JSON.createArrayNode();
        returns.forEach(all::add);
        returned += returns.size();
        returns.clear();
        all.addAll(rpc);
        body.set("rpc", all);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /**
     * Applies a UIDL answer (or push message) and returns null when it is a normal answer, else what is wrong
     * with it: not JSON, a client message id the server did not accept, a session or application error in
     * {@code meta}, a resynchronisation, or an error notification the application showed.
     */
    String applyAnswer(String text) {
        if (text == null || text.isBlank()) {
            return "empty answer";
        }
        var body = text.startsWith("for(;;);") ? text.substring(8) : text;
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (RuntimeException e) {
            return "not JSON: " + abbreviate(body);
        }
        if (answer.isArray()) {
            answer = answer.path(0);
        }
        var meta = answer.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            return "application error: " + abbreviate(meta.get("appError").toString());
        }
        if (answer.path("resynchronize").asBoolean(false)) {
            return "server asked for a resynchronisation";
        }
        return apply(answer);
    }

    private String apply(JsonNode answer) {
        // A push message may arrive after the answer of a later request (both come from the same UI, one by
        // WebSocket, one by XHR): like the Flow client, apply each server message once, in sync id order, and never
        // go back to an older client message id.
        if (answer.has("syncId") && answers > 0 && answer.get("syncId").asInt() <= syncId) {
            return null;
        }
        answers++;
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = Math.max(clientId, answer.get("clientId").asInt());
        }
        String problem = null;
        for (var change : answer.path("changes")) {
            var node = nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
            var type = change.path("type").asString("");
            var feature = change.path("feat").asInt(-1);
            var key = change.path("key").asString("");
            switch (type) {
                case "attach" -> node.attachedIn = answers;
                case "detach" -> nodes.remove(node.id);
                case "put" -> {
                    var value = change.has("value") ? change.get("value") : change.get("nodeValue");
                    switch (feature) {
                        case 0 -> {
                            if ("tag".equals(key)) {
                                node.tag = value.asString();
                            }
                        }
                        case 1 -> node.properties.put(key, value);
                        case 3 -> node.attributes.put(key, value);
                        case 4 -> node.listeners.put(key, value == null ? "" : value.asString(""));
                        default -> { }
                    }
                }
                case "remove" -> {
                    if (feature == 1) {
                        node.properties.remove(key);
                    } else if (feature == 3) {
                        node.attributes.remove(key);
                    }
                }
                case "splice" -> {
                    var index = change.path("index").asInt();
                    var remove = change.path("remove").asInt(0);
                    if (feature == 11) {
                        change.path("add").forEach(c -> node.classes.add(c.asString()));
                    } else if (change.has("addNodes") || remove > 0) {
                        var list = node.children;
                        for (int i = 0; i < remove && index < list.size(); i++) {
                            list.remove(index);
                        }
                        var at = Math.min(index, list.size());
                        for (var added : change.path("addNodes")) {
                            list.add(at++, added.asInt());
                        }
                    }
                }
                case "clear" -> {
                    if (feature == 11) {
                        node.classes.clear();
                    }
                }
                default -> { }
            }
        }
        for (var call : answer.path("execute")) {
            readConnectorRows(call);
            readReturnChannel(call);
        }
        // The application's error handler shows an error notification (ErrorNotifications).
        for (var change : answer.path("changes")) {
            var node = nodes.get(change.path("node").asInt());
            if (node != null && "vaadin-notification".equals(node.tag) && node.attachedIn == answers
                    && String.valueOf(node.attribute("theme")).contains("error") && problem == null) {
                problem = "error notification shown" + (node.property("text") == null ? "" : ": " + node.property("text"));
            }
        }
        return problem;
    }

    /** The script of an {@code executeJs} whose result the server waits for, as Flow's {@code UidlWriter} wraps it. */
    private static final Pattern AWAITED = Pattern.compile(
            "^try\\{Promise\\.resolve\\(\\(async function\\(\\)\\{(.*)\\}\\)\\(\\)\\)\\.then\\(\\$(\\d+),", Pattern.DOTALL);
    /** A script body that returns a plain number, such as {@code ResponseCacheTrim}'s {@code return 0}. */
    private static final Pattern RETURNS_NUMBER = Pattern.compile("\\s*return\\s+(-?\\d{1,9})\\s*;?\\s*");

    /**
     * Answers an {@code executeJs} whose result the server waits for ({@code PendingJavaScriptResult.then}), as the
     * browser does: Flow wraps the script in {@code try{Promise.resolve((async function(){...})()).then($n,
     * function(error){$m(''+error)})}...} and passes the success and error callbacks as parameters encoded
     * {@code {"@v-return": [node, channel]}}; the browser runs the script, and the success callback sends a
     * {@code channel} invocation {@code {"type":"channel","node":node,"channel":channel,"args":[result]}} (the
     * client's {@code ServerConnector.sendReturnChannelMessage}). The script cannot be run here: a body that returns
     * a plain number gives that number, any other {@code null} (what a script returning nothing gives,
     * {@code [undefined]} serialised). Other {@code @v-return} parameters (a Lit renderer's callbacks, called when
     * the user clicks in a row) are left alone.
     */
    private void readReturnChannel(JsonNode call) {
        if (!call.isArray() || call.size() < 2) {
            return;
        }
        var matcher = AWAITED.matcher(call.get(call.size() - 1).asString(""));
        if (!matcher.find()) {
            return;
        }
        var success = call.path(Integer.parseInt(matcher.group(2))).path("@v-return");
        if (!success.isArray() || success.size() < 2) {
            return;
        }
        var number = RETURNS_NUMBER.matcher(matcher.group(1));
        var message = JSON.createObjectNode();
        message.put("type", "channel");
        message.put("node", success.get(0).asInt());
        message.put("channel", success.get(1).asInt());
        var args = message.putArray("args");
        if (number.matches()) {
            args.add(Integer.parseInt(number.group(1)));
        } else if (matcher.group(1).contains("Vaadin.Flow.getBrowserDetailsParameters()")) {
            args.add(browserDetails());
        } else {
            args.addNull();
        }
        returns.add(message);
    }

    /**
     * What {@code Vaadin.Flow.getBrowserDetailsParameters()} gives in a desktop browser in Jakarta (screen and window
     * sizes, time zone, date): asked for by {@code Page.retrieveExtendedClientDetails}, which the grids with a phone
     * layout use to read the window's width ({@code NarrowColumns}); every value a string, as the browser sends them.
     */
    private ObjectNode browserDetails() {
        var details = JSON.createObjectNode();
        details.put("v-sw", "1920").put("v-sh", "1080").put("v-ww", "1600").put("v-wh", "900").put("v-bw", "1600")
                .put("v-bh", "900").put("v-tzo", "-420").put("v-rtzo", "-420").put("v-dstd", "0").put("v-dston", "false")
                .put("v-tzid", "Asia/Jakarta").put("v-curdate", String.valueOf(System.currentTimeMillis()))
                .put("v-td", "false").put("v-pr", "1").put("v-wn", "ROOT-" + uiId + "-" + securityKey.hashCode())
                .put("v-np", "Linux x86_64");
        return details;
    }

    /** Keeps the keys of the rows a grid's connector was sent ({@code $connector.set(index, items, ...)}). */
    private void readConnectorRows(JsonNode call) {
        if (!call.isArray() || call.size() < 3) {
            return;
        }
        var script = call.get(call.size() - 1).asString("");
        if (!script.contains("$connector.set(")) {
            return;
        }
        var target = call.get(0).path("@v-node").asInt(-1);
        var node = nodes.get(target);
        if (node == null) {
            return;
        }
        var items = call.get(2);
        if (items.isArray() && !items.isEmpty()) {
            node.rowKeys.clear();
            items.forEach(item -> {
                if (item.has("key")) {
                    node.rowKeys.add(item.get("key").asString());
                }
            });
        }
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).findFirst();
    }

    List<Node> all(Predicate<Node> test) {
        return nodes.values().stream().filter(test).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    Optional<Node> byId(String id) {
        return find(n -> id.equals(n.attribute("id")));
    }

    Optional<Node> byClass(String className) {
        return find(n -> n.classes.contains(className));
    }

    Optional<Node> byTag(String tag) {
        return find(n -> tag.equals(n.tag));
    }

    /** The newest node of a tag (the one attached last, for example the dialog just opened). */
    Optional<Node> newestByTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag))
                .max((a, b) -> Long.compare(a.attachedIn * 1_000_000L + a.id, b.attachedIn * 1_000_000L + b.id));
    }

    // --- invocations, as the Flow client writes them -------------------------------------------------------------

    static ArrayNode rpc(ObjectNode... invocations) {
        var array = JSON.createArrayNode();
        for (var invocation : invocations) {
            array.add(invocation);
        }
        return array;
    }

    /** In-app navigation (a menu or link click): the {@code ui-navigate} event of the UI's body node. */
    static ObjectNode navigate(String route, String query) {
        var data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        var event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data == null ? JSON.createObjectNode() : data);
        return event;
    }

    /** A mouse click with the event data Vaadin's click listener asks for. */
    static ObjectNode click(int node) {
        var data = JSON.createObjectNode();
        for (var key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (var key : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        return event(node, "click", data);
    }

    /** A property the browser changed (a field's value), then the DOM event the server listens to. */
    static ObjectNode sync(int node, String property, String value) {
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    /** A call of a {@code @ClientCallable} method ({@code element.$server.name(args)}). */
    ObjectNode serverCall(int node, String method, Object... args) {
        var call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        ArrayNode array = call.putArray("templateEventMethodArgs");
        for (var arg : args) {
            if (arg instanceof Integer i) {
                array.add(i);
            } else {
                array.add(String.valueOf(arg));
            }
        }
        call.put("promise", promises++);
        return call;
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

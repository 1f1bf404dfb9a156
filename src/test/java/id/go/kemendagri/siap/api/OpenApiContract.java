package id.go.kemendagri.siap.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads an OpenAPI 3.1 document as a contract: whether a JSON answer matches a schema in it (the subset of
 * JSON Schema the document uses: $ref, anyOf, type lists, enum, required, properties, items, date and
 * date-time formats; properties it does not name are a violation), and which differences between two
 * documents break clients written against the older one.
 */
final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Where {@code value} breaks {@code schema}; empty when it matches. */
    static List<String> violations(JsonNode document, JsonNode schema, JsonNode value, String at) {
        var errors = new ArrayList<String>();
        check(document, schema, value, at, errors);
        return errors;
    }

    private static void check(JsonNode document, JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            check(document, resolve(document, schema.get("$ref").asString()), value, at, errors);
            return;
        }
        if (schema.has("anyOf")) {
            for (var branch : schema.get("anyOf")) {
                if (violations(document, branch, value, at).isEmpty()) {
                    return;
                }
            }
            errors.add(at + ": matches none of anyOf");
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": " + kind(value) + " where " + schema.get("type") + " is expected");
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isString() && schema.has("format")) {
            checkFormat(schema.get("format").asString(), value.asString(), at, errors);
        }
        if (value.isObject()) {
            checkObject(document, schema, value, at, errors);
        }
        if (value.isArray() && schema.has("items")) {
            var i = 0;
            for (var item : value) {
                check(document, schema.get("items"), item, at + "[" + i++ + "]", errors);
            }
        }
    }

    private static void checkObject(JsonNode document, JsonNode schema, JsonNode value, String at,
            List<String> errors) {
        var properties = schema.get("properties");
        if (schema.has("required")) {
            for (var name : schema.get("required")) {
                if (!value.has(name.asString())) {
                    errors.add(at + "." + name.asString() + ": missing");
                }
            }
        }
        for (var name : value.propertyNames()) {
            if (properties == null || !properties.has(name)) {
                errors.add(at + "." + name + ": not in the document");
            } else {
                check(document, properties.get(name), value.get(name), at + "." + name, errors);
            }
        }
    }

    private static void checkFormat(String format, String text, String at, List<String> errors) {
        try {
            switch (format) {
                case "date-time" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                default -> {
                    return;
                }
            }
        } catch (DateTimeParseException e) {
            errors.add(at + ": '" + text + "' is not a " + format);
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (var one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "null" -> value.isNull();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (var one : values) {
            if (one.equals(value) || one.isNull() && value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode value) {
        return value.isNull() ? "null" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static JsonNode resolve(JsonNode document, String ref) {
        var node = document;
        for (var part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    /** The schema of an operation's 200 answer. */
    static JsonNode answerSchema(JsonNode document, String path) {
        return document.get("paths").get(path).get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema");
    }

    // --- Compatibility -------------------------------------------------------------------------------------

    /**
     * What in {@code now} breaks a client of {@code old}: an operation or a parameter gone, a new required
     * parameter, a parameter's type changed or an enum value it accepted gone, and in the answers a property
     * gone, its type changed, it may now be null, or an enum value added (a strict client rejects it).
     */
    static List<String> breakingChanges(JsonNode old, JsonNode now) {
        var found = new ArrayList<String>();
        for (var path : old.get("paths").propertyNames()) {
            var newPath = now.get("paths").get(path);
            for (var method : old.get("paths").get(path).propertyNames()) {
                var operation = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
                if (newPath == null || !newPath.has(method)) {
                    found.add(operation + ": removed");
                    continue;
                }
                compareParameters(operation, old.get("paths").get(path).get(method),
                        newPath.get(method), found);
                var oldAnswer = answer(old.get("paths").get(path).get(method));
                var newAnswer = answer(newPath.get(method));
                if (oldAnswer != null) {
                    if (newAnswer == null) {
                        found.add(operation + ": 200 answer removed");
                    } else {
                        compareAnswer(old, oldAnswer, now, newAnswer, operation, new HashSet<>(), found);
                    }
                }
            }
        }
        return found;
    }

    private static JsonNode answer(JsonNode operation) {
        var ok = operation.path("responses").path("200").path("content").path("application/json").path("schema");
        return ok.isMissingNode() ? null : ok;
    }

    private static void compareParameters(String operation, JsonNode old, JsonNode now, List<String> found) {
        var before = new java.util.HashMap<String, JsonNode>();
        old.path("parameters").forEach(p -> before.put(p.get("name").asString(), p));
        var after = new java.util.HashMap<String, JsonNode>();
        now.path("parameters").forEach(p -> after.put(p.get("name").asString(), p));
        before.forEach((name, parameter) -> {
            var current = after.get(name);
            if (current == null) {
                found.add(operation + ": parameter " + name + " removed");
                return;
            }
            if (!types(parameter.path("schema")).equals(types(current.path("schema")))) {
                found.add(operation + ": parameter " + name + " changed type");
            }
            var removed = values(parameter.path("schema").path("enum"));
            removed.removeAll(values(current.path("schema").path("enum")));
            if (!current.path("schema").path("enum").isMissingNode() && !removed.isEmpty()) {
                found.add(operation + ": parameter " + name + " no longer accepts " + removed);
            }
        });
        after.forEach((name, parameter) -> {
            var wasRequired = before.containsKey(name) && before.get(name).path("required").asBoolean(false);
            if (parameter.path("required").asBoolean(false) && !wasRequired) {
                found.add(operation + ": parameter " + name + " is now required");
            }
        });
    }

    private static void compareAnswer(JsonNode oldDocument, JsonNode old, JsonNode newDocument, JsonNode now,
            String at, Set<String> seen, List<String> found) {
        if (old.has("$ref") && !seen.add(at + old.get("$ref").asString())) {
            return;
        }
        var before = old.has("$ref") ? resolve(oldDocument, old.get("$ref").asString()) : old;
        var after = now.has("$ref") ? resolve(newDocument, now.get("$ref").asString()) : now;
        if (after == null) {
            found.add(at + ": schema removed");
            return;
        }
        if (before.has("anyOf") || after.has("anyOf")) {
            // A nullable reference: compare the referenced schemas, and whether null is new.
            if (!before.has("anyOf") && after.has("anyOf")) {
                found.add(at + ": may now be null");
            }
            compareAnswer(oldDocument, nonNull(before), newDocument, nonNull(after), at, seen, found);
            return;
        }
        var oldTypes = types(before);
        var newTypes = types(after);
        if (!oldTypes.isEmpty() && !newTypes.isEmpty() && !oldTypes.containsAll(newTypes)) {
            found.add(at + ": type " + oldTypes + " became " + newTypes);
        }
        if (before.has("enum") && after.has("enum")) {
            var added = values(after.get("enum"));
            added.removeAll(values(before.get("enum")));
            if (!added.isEmpty()) {
                found.add(at + ": new values " + added);
            }
        }
        if (before.has("properties")) {
            for (var name : before.get("properties").propertyNames()) {
                var property = after.path("properties").get(name);
                if (property == null) {
                    found.add(at + "." + name + ": removed");
                } else {
                    compareAnswer(oldDocument, before.get("properties").get(name), newDocument, property,
                            at + "." + name, seen, found);
                }
            }
        }
        if (before.has("items") && after.has("items")) {
            compareAnswer(oldDocument, before.get("items"), newDocument, after.get("items"), at + "[]", seen, found);
        }
    }

    private static JsonNode nonNull(JsonNode schema) {
        if (!schema.has("anyOf")) {
            return schema;
        }
        for (var branch : schema.get("anyOf")) {
            if (!"null".equals(branch.path("type").asString(""))) {
                return branch;
            }
        }
        return schema;
    }

    private static Set<String> types(JsonNode schema) {
        var result = new java.util.TreeSet<String>();
        var type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> result.add(t.asString()));
        } else if (!type.isMissingNode()) {
            result.add(type.asString());
        }
        return result;
    }

    private static Set<String> values(JsonNode list) {
        var result = new java.util.TreeSet<String>();
        list.forEach(v -> result.add(v.isNull() ? "null" : v.asString()));
        return result;
    }
}

package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published contract, docs/api/openapi.json, against the code and the answers. After a change of the
 * API, bring the file up to date with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dsiap.openapi.update=true};
 * that refuses a breaking change unless {@code ApiDocs.VERSION} (info.version) was raised as well.
 */
class OpenApiContractTest extends ApiServerTest {

    static final Path CHECKED_IN = Path.of("docs", "api", "openapi.json");
    static final String UPDATE = "siap.openapi.update";
    static final String HOW_TO_UPDATE = "run ./mvnw test -Dtest=OpenApiContractTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true and commit docs/api/openapi.json";

    @Autowired
    ApiData data;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_checked_in_document_is_the_one_the_code_generates() throws IOException {
        var generated = api.get("/v3/api-docs", null);
        assertThat(generated.status()).isEqualTo(200);
        var now = generated.json();
        if (Boolean.getBoolean(UPDATE)) {
            var breaking = Files.exists(CHECKED_IN) ? OpenApiContract.breakingChanges(checkedIn(), now) : java.util.List.<String>of();
            assertThat(breaking.isEmpty() || !sameVersion(checkedIn(), now))
                    .as("Breaking changes need a new info.version (ApiDocs.VERSION): %s", breaking).isTrue();
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, generated.body().strip() + "\n", StandardCharsets.UTF_8);
        }
        assertThat(now).as("docs/api/openapi.json differs from what the code generates: " + HOW_TO_UPDATE)
                .isEqualTo(checkedIn());
    }

    @Test
    void a_breaking_change_of_the_contract_needs_a_new_version() {
        var now = api.get("/v3/api-docs", null).json();
        var old = checkedIn();

        if (sameVersion(old, now)) {
            assertThat(OpenApiContract.breakingChanges(old, now))
                    .as("Breaking changes against docs/api/openapi.json without a new info.version: raise"
                            + " ApiDocs.VERSION, then " + HOW_TO_UPDATE)
                    .isEmpty();
        }
    }

    @Test
    void the_document_names_every_operation_of_the_api() {
        var operations = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/")).forEach(operations::add));

        assertThat(checkedIn().get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void every_answer_matches_its_schema_in_the_checked_in_document() {
        var today = today();
        data.headsReportsAndFollowUps(today);
        var token = ApiCaller.issue(tokens, today.plusDays(30), null);
        var document = checkedIn();

        for (var path : document.get("paths").propertyNames()) {
            var answer = api.get(path + "?limit=500", token);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.items()).as(path).isNotEmpty();
            assertThat(OpenApiContract.violations(document, OpenApiContract.answerSchema(document, path),
                    answer.json(), path)).as(path).isEmpty();
        }
        var problem = document.get("components").get("schemas").get("Problem");
        for (var refused : new ApiCaller.Answer[] { api.get("/api/v1/heads", null), api.get("/api/v1/heads?x=1", token),
                api.get("/api/v1/heads?provinsi=6", token) }) {
            assertThat(OpenApiContract.violations(document, problem, refused.json(), "problem")).isEmpty();
        }
    }

    @Test
    void the_compatibility_check_sees_what_breaks_a_client() {
        var old = json("""
                {"paths": {"/a": {"get": {"parameters": [{"name": "x", "schema": {"type": "string",
                  "enum": ["P", "Q"]}}], "responses": {"200": {"content": {"application/json": {"schema":
                  {"$ref": "#/components/schemas/A"}}}}}}}, "/b": {"get": {}}},
                 "components": {"schemas": {"A": {"properties": {"keep": {"type": "string"},
                  "gone": {"type": "integer"}, "state": {"type": "string", "enum": ["ON"]}}}}}}
                """);
        var now = json("""
                {"paths": {"/a": {"get": {"parameters": [{"name": "x", "schema": {"type": "string",
                  "enum": ["P"]}}, {"name": "y", "required": true, "schema": {"type": "string"}}],
                  "responses": {"200": {"content": {"application/json": {"schema":
                  {"$ref": "#/components/schemas/A"}}}}}}}},
                 "components": {"schemas": {"A": {"properties": {"keep": {"type": ["string", "null"]},
                  "state": {"type": "string", "enum": ["ON", "OFF"]}, "added": {"type": "string"}}}}}}
                """);

        assertThat(OpenApiContract.breakingChanges(old, now)).containsExactlyInAnyOrder(
                "GET /b: removed", "GET /a: parameter x no longer accepts [Q]", "GET /a: parameter y is now required",
                "GET /a.keep: type [string] became [null, string]", "GET /a.gone: removed",
                "GET /a.state: new values [OFF]");
        assertThat(OpenApiContract.breakingChanges(old, old)).isEmpty();
    }

    static JsonNode checkedIn() {
        try {
            return JsonMapper.shared().readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("docs/api/openapi.json is missing: " + HOW_TO_UPDATE, e);
        }
    }

    private static boolean sameVersion(JsonNode old, JsonNode now) {
        return old.get("info").get("version").equals(now.get("info").get("version"));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}

package id.go.kemendagri.siap.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import id.go.kemendagri.siap.security.ApiScope;
import id.go.kemendagri.siap.security.ApiTokenDraft;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.support.Users;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running server as another system would: plain HTTP, a bearer token, JSON back. */
@RequiredArgsConstructor
public final class ApiCaller {

    /** One answer: status, headers, body, and the body as JSON. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        /** The items of a list answer. */
        public List<JsonNode> items() {
            var list = new ArrayList<JsonNode>();
            json().get("items").forEach(list::add);
            return list;
        }

        /** The given field of every item of a list answer. */
        public List<String> each(String field) {
            return items().stream().map(item -> item.get(field).asString()).toList();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public Answer get(String path, String token, String... headers) {
        return send("GET", path, token, headers);
    }

    public Answer send(String method, String path, String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (var i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Issues a token as an administrator would on the token screen and returns its secret. */
    public static String issue(ApiTokenService tokens, java.time.LocalDate expiresOn, String province,
            ApiScope... scopes) {
        Users.admin();
        try {
            var set = scopes.length == 0 ? EnumSet.allOf(ApiScope.class) : EnumSet.copyOf(List.of(scopes));
            return tokens.issue(new ApiTokenDraft("Uji " + System.nanoTime(), set, province, expiresOn)).secret();
        } finally {
            Users.signOut();
        }
    }
}

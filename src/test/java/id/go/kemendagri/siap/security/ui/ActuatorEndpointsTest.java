package id.go.kemendagri.siap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.support.ServerTest;

/**
 * What a load balancer, an orchestrator and Prometheus see: health as JSON without sign-in (details for
 * administrators only), the scrape behind its token with the application's own meters, nothing else of
 * Actuator, and the tab icon for everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "siap.metrics.token=scrape-secret-123", "vaadin.devmode.componentTracker.enabled=false" })
class ActuatorEndpointsTest extends ServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_answers_json_without_sign_in_and_without_details() throws Exception {
        var response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).startsWith("{\"status\":\"UP\"").doesNotContain("components", "db");
    }

    @Test
    void liveness_and_readiness_groups_answer_for_probes() throws Exception {
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
    }

    @Test
    void an_administrator_sees_the_health_details() throws Exception {
        var session = signIn(user(Role.ADMIN));
        var response = get("/actuator/health", session);
        assertThat(response.body()).contains("\"components\"", "\"db\"");
    }

    @Test
    void the_prometheus_scrape_needs_the_token_and_shows_the_applications_meters() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.send(request("/actuator/prometheus", null).header("Authorization", "Bearer wrong").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        var scrape = http.send(request("/actuator/prometheus", null).header("Authorization", "Bearer scrape-secret-123")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("siap_sessions_open", "siap_ui_open", "siap_live_update_fan_out_seconds",
                "siap_live_update_delivery_seconds", "siap_board_build_seconds", "siap_sign_in_failures_total",
                "siap_budget_import_rows_total", "hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void a_signed_in_user_who_is_not_an_administrator_cannot_scrape() throws Exception {
        var session = signIn(user(Role.EVALUATOR));
        assertThat(get("/actuator/prometheus", session).statusCode()).isEqualTo(403);
    }

    @Test
    void the_file_store_check_needs_the_token_or_an_administrator() throws Exception {
        assertThat(get("/actuator/filestore", null).statusCode()).isEqualTo(401);
        var check = http.send(request("/actuator/filestore", null).header("Authorization", "Bearer scrape-secret-123")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"missing\"", "\"corrupt\"", "\"orphans\"");
        assertThat(get("/actuator/filestore", signIn(user(Role.EVALUATOR))).statusCode()).isEqualTo(403);
    }

    @Test
    void no_other_actuator_endpoint_is_exposed() throws Exception {
        for (var path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/heapdump", "/actuator/loggers" }) {
            var status = http.send(request(path, null).header("Authorization", "Bearer scrape-secret-123").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(path).isIn(401, 403, 404);
        }
        var index = get("/actuator", null);
        assertThat(index.body()).doesNotContain("env", "beans", "heapdump");
    }

    @Test
    void the_tab_icon_is_served_before_sign_in() throws Exception {
        var response = get("/icons/favicon.svg", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<svg");
    }

    private AppUser user(Role role) {
        var name = "act-" + role.name().toLowerCase() + "-" + System.nanoTime();
        return createUser(name, "Actuator " + role, passwordOf(name), role, null);
    }

    /** Signs in through the form as a browser does (CSRF token from the sign-in page) and returns the session cookie. */
    private String signIn(AppUser user) throws Exception {
        var page = get("/login", null);
        var cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page.body());
        var form = "username=" + user.getUsername() + "&password=" + passwordOf(user.getUsername())
                + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
        var response = http.send(request("/login", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Set-Cookie").map(value -> value.split(";")[0]).orElse(cookie);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(request(path, cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String cookie) {
        var builder = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }
}

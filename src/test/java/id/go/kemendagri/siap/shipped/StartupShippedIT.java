package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The production jar as a new user starts it: nobody gets in (or is told "wrong password") before the demo
 * data is written; a sign-in the moment it is ready works; load balancers get JSON health; the tab icon is
 * served to everyone.
 */
class StartupShippedIT {

    private final ShippedApp app = ShippedApp.get();

    @Test
    void while_the_demo_data_is_written_every_page_says_the_server_is_starting() {
        var startup = app.startup();
        var beforeReady = startup.answers().stream().filter(answer -> answer.status() != 200).toList();

        assertThat(beforeReady).as("answers of /login before the server was ready").isNotEmpty()
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(503);
                    assertThat(answer.startingPage()).isTrue();
                });
        assertThat(startup.answers()).last().extracting(ShippedApp.Answer::status).isEqualTo(200);
        System.out.printf("Production jar: answered 'starting' for %d ms, ready after %d ms (%d polls)%n",
                startup.readyAfterMillis() - beforeReady.getFirst().atMillis(), startup.readyAfterMillis(),
                startup.answers().size());
    }

    @Test
    void a_sign_in_while_starting_is_held_not_refused_as_a_wrong_password() {
        assertThat(app.startup().signInWhileStarting()).isEqualTo(503);
    }

    @Test
    void a_sign_in_the_moment_the_server_is_ready_works() {
        assertThat(app.startup().signInAfterReady()).doesNotContain("error").endsWith("/");
    }

    @Test
    void health_answers_up_as_json_without_sign_in() {
        var health = app.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"");
        assertThat(app.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(app.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_serves_the_applications_meters_to_the_scraper_only() {
        assertThat(app.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        var scrape = app.get("/actuator/prometheus", "Authorization", "Bearer shipped-scrape-token");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("siap_sessions_open", "siap_board_build_seconds");
    }

    @Test
    void the_tab_icon_is_served_before_sign_in() {
        var icon = app.get("/icons/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("svg"));
    }
}

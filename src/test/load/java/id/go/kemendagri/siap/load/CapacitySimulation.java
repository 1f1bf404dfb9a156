package id.go.kemendagri.siap.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The capacity run (issue 21): {@code load.sessions} people sign in over {@code load.ramp} seconds (20%
 * leadership, 30% evaluators, 50% provincial staff), work with think times of 20 to 40 s until
 * {@code load.ramp + load.hold} seconds after the start, then sign out ({@code -Dload.stay=true}: they stay signed in,
 * for src/test/load/heap-per-session.sh); staff import a budget file in {@code load.import.share} of their rounds
 * (0.2). One step of the ramp per run:
 * <pre>
 * ./mvnw -Pload test-compile gatling:test -Dgatling.simulationClass=id.go.kemendagri.siap.load.CapacitySimulation \
 *     -Dload.url=http://localhost:8080 -Dload.sessions=500 -Dload.ramp=120 -Dload.hold=180
 * </pre>
 * See docs/performance.md, "Capacity (Gatling)".
 */
public class CapacitySimulation extends Simulation {

    static final String URL = System.getProperty("load.url", "http://localhost:8080");

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL).wsBaseUrl(URL.replaceFirst("^http", "ws"))
                .acceptHeader("*/*").acceptLanguageHeader("id,en;q=0.8").userAgentHeader("SIAP load test (Gatling)")
                .wsUnmatchedInboundMessageBufferSize(64).disableCaching();
    }

    {
        int ramp = Integer.getInteger("load.ramp", 60);
        int hold = Integer.getInteger("load.hold", 120);
        var pace = new Journeys.Pace(Integer.getInteger("load.think.min", 20), Integer.getInteger("load.think.max", 40));
        setUp(Journeys.mix(Integer.getInteger("load.sessions", 100), ramp, hold, pace))
                .protocols(protocol())
                .maxDuration(Duration.ofSeconds(ramp + hold + 120))
                .assertions(global().failedRequests().percent().lte(Double.valueOf(System.getProperty("load.max-error-percent", "100"))));
    }
}

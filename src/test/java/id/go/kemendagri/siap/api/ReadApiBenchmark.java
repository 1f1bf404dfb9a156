package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.checklist.ReadinessFeed;
import id.go.kemendagri.siap.security.ApiCallLog;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * A benchmark, not a test (Surefire runs only {@code *Test} classes): readiness per province through the
 * read API with the full demo data (545 regions, 13,600 checklist items). Prints p50, p95 and max of 200
 * calls after 30 warm-up calls, three ways: the server's own time per call as the call log records it
 * (token check, rate limit, figures, JSON, ETag; the goal of at most 50 ms p95 is on this one), the round
 * trip over loopback as a client sees it, and the feed alone with its statement count; then the figures
 * computed afresh every time (what a call costs right after a change), and one page of readiness per
 * region.
 * <p>
 * H2: {@code ./mvnw test -Dtest=ReadApiBenchmark}. MariaDB (a throw-away database; demo data is written
 * into it): {@code SIAP_BENCH_DB_URL=jdbc:mysql://127.0.0.1:3306/siap_bench SIAP_TEST_DB_USER=root
 * SPRING_PROFILES_INCLUDE=mariadb ./mvnw test -Dtest=ReadApiBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${SIAP_BENCH_DB_URL:jdbc:h2:mem:siap-bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}",
        "siap.demo.enabled=true", "siap.demo.benchmark-on-any-database=true", "siap.api.requests-per-minute=100000",
        "vaadin.devmode.componentTracker.enabled=false" })
class ReadApiBenchmark {

    static final int WARM_UP = 30;
    static final int RUNS = 200;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiCallLog calls;
    @Autowired
    ReadinessFeed readiness;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    java.time.Clock clock;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void readiness_per_province_and_per_region_through_the_api() throws java.sql.SQLException {
        var api = new ApiCaller(port);
        var token = ApiCaller.issue(tokens, LocalDate.ofInstant(clock.instant(), Formats.WIB).plusDays(30), null);
        var provinces = api.get("/api/v1/readiness/provinces", token);
        assertThat(provinces.items()).hasSize(38);
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("Read API benchmark on %s: %d provinces, %d bytes per answer%n", database,
                provinces.items().size(), provinces.body().length());
        measure(api, token, "/api/v1/readiness/provinces", () -> readiness.byProvince(null, null).size());
        Users.leadership();
        var statements = new Statements(entityManagerFactory).countWhile(() -> readiness.byProvinceUncached());
        print("readiness per province computed afresh (feed, no shared figures)", time(() -> readiness
                .byProvinceUncached().size()), statements);
        Users.signOut();
        measure(api, token, "/api/v1/readiness/regions?limit=100",
                () -> readiness.byRegion(null, null, null, null, 101).size());
    }

    private void measure(ApiCaller api, String token, String path, LongSupplier feed) {
        for (var i = 0; i < WARM_UP; i++) {
            assertThat(api.get(path, token).status()).isEqualTo(200);
        }
        var roundTrips = new ArrayList<Long>();
        for (var i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            assertThat(api.get(path, token).status()).isEqualTo(200);
            roundTrips.add((System.nanoTime() - start) / 1_000);
        }
        Users.admin();
        var server = calls.page(null, false, PageRequest.of(0, RUNS)).stream().filter(c -> c.path().equals(path))
                .map(c -> c.durationMs() * 1_000L).toList();
        Users.leadership();
        var statements = new Statements(entityManagerFactory).countWhile(feed::getAsLong);
        var feedTimes = time(feed);
        Users.signOut();
        print(path + ", in the server (call log)", server, -1);
        print(path + ", round trip over loopback", roundTrips, -1);
        print(path + ", feed only", feedTimes, statements);
    }

    private static List<Long> time(LongSupplier work) {
        var micros = new ArrayList<Long>();
        for (var i = 0; i < WARM_UP + RUNS; i++) {
            var start = System.nanoTime();
            work.getAsLong();
            if (i >= WARM_UP) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        return micros;
    }

    private static void print(String what, List<Long> micros, long statements) {
        var sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        var p50 = sorted.get(sorted.size() / 2);
        var p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%-70s %s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d calls)%n", what,
                statements < 0 ? "              " : String.format("statements %2d", statements), p50 / 1000.0,
                p95 / 1000.0, sorted.getLast() / 1000.0, sorted.size());
    }
}

package id.go.kemendagri.siap.region.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.TcpRelay;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * A benchmark, not a test (runs only with {@code SIAP_BENCH=1} and a MySQL/MariaDB in {@code SIAP_TEST_DB_URL}):
 * the application talks to the database through a relay that delays every answer by 0 ms and then by
 * {@code -Dsiap.bench.latency-ms} (300), and every screen is opened (its grids fetch their first page) and a Desk
 * Pilkada contact saved, as an evaluator. Prints the time of each and the statements it ran, so that a slow
 * database's cost per screen can be read off (docs/performance.md, "Slow database").
 */
@ActiveProfiles("mysql")
@DirtiesContext
class SlowDatabaseBenchmark extends UiTest {

    private static final List<String> SCREENS = List.of("ringkasan", "ringkasan/62", "wilayah", "wilayah/62.07",
            "kepala-daerah", "kepala-daerah/peringatan", "checklist/tugas", "checklist/verifikasi", "checklist/rekap",
            "anggaran", "anggaran/rekap", "rapat", "aktivitas", "kotak-masuk");
    static TcpRelay relay;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) throws IOException {
        var url = System.getenv("SIAP_TEST_DB_URL");
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        var target = URI.create(url.substring("jdbc:".length()));
        relay = new TcpRelay(target.getHost(), target.getPort() < 0 ? 3306 : target.getPort());
        var query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + relay.port() + target.getRawPath() + query);
        registry.add("spring.datasource.username", () -> env("SIAP_TEST_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("SIAP_TEST_DB_PASSWORD", ""));
    }

    private static String env(String name, String otherwise) {
        var value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    @AfterAll
    static void closeRelay() throws IOException {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void every_screen_and_a_save_with_a_slow_database() {
        assumeTrue("1".equals(System.getenv("SIAP_BENCH")), "benchmark: set SIAP_BENCH=1 to run it");
        assumeTrue(relay != null, "needs a MySQL/MariaDB in SIAP_TEST_DB_URL");
        var statements = new Statements(entityManagerFactory);
        var latencies = List.of(Duration.ZERO, Duration.ofMillis(Long.getLong("siap.bench.latency-ms", 300)));
        var report = new StringBuilder("[slow-db] screen | statements | ms at " + latencies.stream()
                .map(l -> l.toMillis() + " ms").reduce((a, b) -> a + " / ms at " + b).orElseThrow() + " latency\n");
        Users.evaluator();
        SCREENS.forEach(screen -> open(screen)); // warm-up: caches and query plans as on a running server
        for (var screen : SCREENS) {
            report.append("[slow-db] /").append(screen);
            var count = new long[1];
            for (var i = 0; i < latencies.size(); i++) {
                relay.latency(latencies.get(i));
                var started = System.nanoTime();
                var ran = statements.countWhile(() -> open(screen));
                var millis = (System.nanoTime() - started) / 1_000_000;
                if (i == 0) {
                    count[0] = ran;
                    report.append(" | ").append(ran);
                }
                report.append(" | ").append(millis);
            }
            report.append('\n');
        }
        Users.staff("75");
        report.append("[slow-db] save of a Desk Pilkada contact");
        for (var i = 0; i < latencies.size(); i++) {
            relay.latency(latencies.get(i));
            navigate("wilayah/75.03", RegionView.class);
            var card = $(DeskContactCard.class).single();
            test(card.edit).click();
            test(card.name).setValue("Lambat " + i + " " + System.nanoTime() % 100_000);
            test(card.position).setValue("Kepala Bidang Poldagri");
            test(card.unit).setValue("Badan Kesbangpol");
            test(card.phone).setValue("0813 4567 8901");
            test(card.email).setValue("desk.pilkada@example.go.id");
            var started = System.nanoTime();
            var ran = statements.countWhile(() -> test(card.save).click());
            var millis = (System.nanoTime() - started) / 1_000_000;
            if (i == 0) {
                report.append(" | ").append(ran);
            }
            report.append(" | ").append(millis);
        }
        relay.latency(Duration.ZERO);
        System.out.println(report);
    }

    private void open(String screen) {
        navigate(screen, Component.class);
        $(Grid.class).all().forEach(grid -> test(grid).size());
    }
}

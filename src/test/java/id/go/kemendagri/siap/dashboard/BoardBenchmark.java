package id.go.kemendagri.siap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

/**
 * A benchmark, not a test (Surefire runs only {@code *Test} classes): server time to build the national
 * board and a province board from the database, with the full demo data for all 545 regions holding a
 * Pilkada, and the SQL statements each build takes. Prints p50, p95 and max of 200 builds after 30
 * warm-up builds; the shared cache is bypassed, so every build queries the database.
 * <p>
 * H2: {@code ./mvnw test -Dtest=BoardBenchmark}. MariaDB (a throw-away database; demo data is written
 * into it): {@code SIAP_BENCH_DB_URL=jdbc:mysql://127.0.0.1:3306/siap_bench SIAP_TEST_DB_USER=root
 * SPRING_PROFILES_INCLUDE=mariadb ./mvnw test -Dtest=BoardBenchmark}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${SIAP_BENCH_DB_URL:jdbc:h2:mem:siap-bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}",
        "siap.demo.enabled=true", "siap.demo.benchmark-on-any-database=true" })
class BoardBenchmark {

    @Autowired
    BoardService boards;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    javax.sql.DataSource dataSource;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void national_and_province_board_build_times() throws java.sql.SQLException {
        Users.leadership();
        var board = boards.buildUncached(null);
        assertThat(board.regions()).hasSize(545);
        var statements = new Statements(entityManagerFactory);
        var nationalStatements = statements.countWhile(() -> boards.buildUncached(null));
        var provinceStatements = statements.countWhile(() -> boards.buildUncached("62"));
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("Board benchmark on %s: %d regions, headline ready %d, average verified %.1f%%%n",
                database, board.regions().size(), board.headline().ready(), board.headline().averageVerified());
        report("national board", nationalStatements, () -> boards.buildUncached(null));
        report("province board 62 (Kalimantan Tengah)", provinceStatements, () -> boards.buildUncached("62"));
        report("national board through the shared cache", 0, boards::national);
    }

    private static void report(String what, long statements, Runnable build) {
        for (var i = 0; i < 30; i++) {
            build.run();
        }
        List<Long> micros = new ArrayList<>();
        for (var i = 0; i < 200; i++) {
            var start = System.nanoTime();
            build.run();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("%-42s statements %2d   p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", what, statements,
                micros.get(99) / 1000.0, micros.get(189) / 1000.0, micros.getLast() / 1000.0);
    }
}

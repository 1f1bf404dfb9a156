package id.go.kemendagri.siap.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.ServerTest;
import id.go.kemendagri.siap.support.Users;
import id.go.kemendagri.siap.support.WebClient;

/**
 * The imports that sank the server (issue 24) sent all at once, while another person keeps signing in and opening
 * pages over real HTTP: an oversized CSV, a zip bomb, XLSX files far past the row limit and a good file, by
 * eight staff users (one of them twice). Every import ends in a preview or a message, every place of the import
 * gate is given back, and every sign-in and page of the other person answers as it should, within a bound far
 * below the 30 s time-outs of the report (the bound is generous on purpose: this is not a speed test; the
 * times are printed, and docs/reliability.md has the figures).
 */
class ImportUnderLoadTest extends ServerTest {

    private static final String PASSWORD = "tetap-bisa-masuk-1";
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Autowired
    BudgetImport importer;
    @Autowired
    BudgetProperties properties;

    @Test
    void another_person_signs_in_and_opens_pages_while_oversized_bomb_and_concurrent_imports_run() throws Exception {
        var visitor = createUser("tamu-" + suffix(), "Tamu Uji", PASSWORD, Role.EVALUATOR, null).getUsername();
        var files = files();
        var quiet = new ArrayList<Long>();
        for (var i = 0; i < 3; i++) {
            quiet.addAll(visit(visitor));
        }

        var pool = Executors.newFixedThreadPool(files.size());
        var loaded = new ArrayList<Long>();
        List<String> answers = new ArrayList<>();
        try {
            var imports = new ArrayList<Future<String>>();
            for (var i = 0; i < files.size(); i++) {
                // user petugas-0 imports twice at once: the second is refused as busy-user or waits its turn
                var user = "petugas-" + Math.max(0, i - 1);
                var file = files.get(i);
                imports.add(pool.submit(importing(user, file)));
            }
            do {
                loaded.addAll(visit(visitor));
            } while (imports.stream().anyMatch(f -> !f.isDone()));
            for (var future : imports) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers).as("each import's answer").hasSize(files.size()).allSatisfy(answer -> assertThat(answer)
                .matches("(preview|budget\\.import\\.error\\.(too-large|bomb|too-many-rows|busy|busy-user)) .*"));
        assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("budget.import.error.too-large"))
                .anySatisfy(a -> assertThat(a).startsWith("budget.import.error.bomb"));
        assertThat(importer.gate().available()).as("every place given back").isEqualTo(properties.importPlaces());
        var slowestQuiet = quiet.stream().mapToLong(Long::longValue).max().orElseThrow();
        var slowest = loaded.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf("[reliability] %d imports at once: %s; meanwhile %d sign-ins and pages, slowest %d ms"
                + " (quiet: slowest %d ms of %d)%n", files.size(), answers, loaded.size(), slowest, slowestQuiet,
                quiet.size());
        assertThat(Duration.ofMillis(slowest)).as("slowest sign-in or page during the imports")
                .isLessThan(BOUND.plusMillis(slowestQuiet * 5));
    }

    /** The files: 2 oversized CSVs, 2 zip bombs, 3 XLSX far past the row limit, 2 good CSVs (by the same user). */
    private List<byte[]> files() throws Exception {
        var good = BudgetImportTest.csv(BudgetImportTest.nphd("72.12", "KPU", "1000"));
        var csv = new StringBuilder(BudgetImportTest.HEADER);
        while (csv.length() <= importer.maxBytes() + 1_000_000) {
            csv.append('\n').append(BudgetImportTest.nphd("72.12", "KPU", "1000"));
        }
        var oversized = csv.toString().getBytes(StandardCharsets.UTF_8);
        var bomb = BudgetImportLimitsTest.withSheetPadding(BudgetImportLimitsTest.template(), 60 * 1024 * 1024);
        var rows = BudgetImportLimitsBenchmark.bigSheet(150_000);
        return List.of(good, good, oversized, oversized, bomb, bomb, rows, rows, rows);
    }

    private Callable<String> importing(String user, byte[] file) {
        return () -> {
            Users.signIn(user, Role.PROVINCIAL_STAFF, "72");
            var start = System.nanoTime();
            try {
                var preview = importer.preview("berkas", file);
                var answer = preview.fileErrors().isEmpty() ? "preview" : String.join(",", preview.fileErrors());
                return answer + " after " + (System.nanoTime() - start) / 1_000_000 + " ms";
            } finally {
                Users.signOut();
            }
        };
    }

    /** A fresh browser signs in and opens two pages; the time of each answer in milliseconds. */
    private List<Long> visit(String visitor) {
        var browser = new WebClient(port);
        var times = new ArrayList<Long>();
        var start = System.nanoTime();
        var signedIn = browser.signIn(visitor, PASSWORD);
        times.add((System.nanoTime() - start) / 1_000_000);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        for (var path : List.of("/", "/wilayah/72.12")) {
            start = System.nanoTime();
            var page = browser.get(path);
            times.add((System.nanoTime() - start) / 1_000_000);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        return times;
    }
}

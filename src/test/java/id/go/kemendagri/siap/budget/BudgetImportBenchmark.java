package id.go.kemendagri.siap.budget;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

/**
 * Not a test (its name keeps it out of the normal run): imports one NPHD row for every region holding a
 * Pilkada and every recipient (545 x 4 = 2,180 rows) and prints how long the check and the store took.
 * Run with {@code ./mvnw test -Dtest=BudgetImportBenchmark}.
 */
@SpringBootTest
@Import(TestClock.class)
class BudgetImportBenchmark {

    @Autowired
    BudgetImport importer;
    @Autowired
    BudgetSlots slots;
    @Autowired
    MutableClock clock;
    @Autowired
    id.go.kemendagri.siap.region.PilkadaRegions regions;

    @Test
    void import_of_a_whole_cycle() {
        clock.set(Instant.parse("2024-07-01T03:00:00Z"));
        Users.evaluator();
        var file = new StringBuilder(String.join(",", BudgetImport.COLUMNS)).append('\n');
        var rows = 0;
        for (var region : regions.holdingPilkada()) {
            for (var recipient : Recipient.values()) {
                var amount = 1_000_000_000L + rows * 1_000_000L;
                file.append("NPHD,").append(region.code()).append(',').append(recipient).append(",DITANDATANGANI,BERTAHAP,")
                        .append(amount).append(',').append(amount).append(",NPHD/").append(rows)
                        .append("/2023,2023-11-10,40,,,,\n");
                rows++;
            }
        }
        var bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        var started = System.nanoTime();
        var preview = importer.preview("all.csv", bytes);
        var checked = System.nanoTime();
        var result = importer.store("all.csv", bytes);
        var stored = System.nanoTime();

        System.out.printf("Budget import of %,d rows (%,d bytes): preview %d ms, store %d ms (%s), valid=%s%n", rows,
                bytes.length, (checked - started) / 1_000_000, (stored - checked) / 1_000_000, result, preview.valid());
        Users.signOut();
        clock.set(MutableClock.START);
    }
}

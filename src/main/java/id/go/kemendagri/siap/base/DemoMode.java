package id.go.kemendagri.siap.base;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo accounts and demo data may exist. Both conditions must hold: the configuration asks for
 * it ({@code siap.demo.enabled}) and the database is the embedded H2. On MySQL or MariaDB demo data is
 * never created, whatever the configuration says, unless {@code siap.demo.benchmark-on-any-database}
 * is also set: the benchmarks do that to measure on MariaDB with full demo data in a throw-away database.
 * With demo mode off, each feature removes the demo data it generated, and the demo accounts go (see
 * docs/security.md, "Accounts at start-up").
 */
@Component
public class DemoMode {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final boolean active;
    private final boolean embedded;

    DemoMode(@Value("${siap.demo.enabled:false}") boolean enabled,
            @Value("${siap.demo.benchmark-on-any-database:false}") boolean anyDatabase, DataSource dataSource) {
        // Only the benchmarks set the second switch, on a throw-away database (docs/performance.md).
        this.embedded = isEmbedded(dataSource);
        this.active = enabled && (anyDatabase || embedded);
        if (enabled && !active) {
            log.warn("siap.demo.enabled is set but the database is not the embedded H2: no demo data is created");
        }
    }

    public boolean active() {
        return active;
    }

    /**
     * The start every feature's demo generator shares. With demo mode off, runs {@code removeGenerated} (which deletes
     * or resets the rows still marked demo and returns how many) and logs how many of {@code what} went; returns
     * whether to generate now: demo mode is on and {@code alreadyGenerated} says nothing is there yet.
     */
    public boolean generateOrRemove(String what, IntSupplier removeGenerated, BooleanSupplier alreadyGenerated) {
        return generateOrRemove(() -> {
            var removed = removeGenerated.getAsInt();
            if (removed > 0) {
                log.warn("Demo mode is off: removed {} {}", removed, what);
            }
        }, alreadyGenerated);
    }

    /**
     * As {@link #generateOrRemove(String, IntSupplier, BooleanSupplier)}, for a generator whose {@code removeGenerated}
     * says itself what it removed (several kinds of row).
     */
    public boolean generateOrRemove(Runnable removeGenerated, BooleanSupplier alreadyGenerated) {
        if (!active) {
            removeGenerated.run();
            return false;
        }
        return !alreadyGenerated.getAsBoolean();
    }

    /** Whether the database is the embedded H2, the only one on which demo data may ever have been created. */
    public boolean embeddedDatabase() {
        return embedded;
    }

    private static boolean isEmbedded(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name", e);
        }
    }
}

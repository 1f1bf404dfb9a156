package id.go.kemendagri.siap.base;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The whole of a demo generator whose rows are those of one table: with demo mode off it deletes the rows still
 * marked demo (one a user has saved since is no longer demo and stays); with demo mode on and the table empty it
 * saves the rows the generator makes, stamped by {@value Stamps#DEMO} at the (demo) clock's time, and logs how many.
 * Generators that write several tables, by JDBC, or with the demo's own actors and backdated times start with
 * {@link DemoMode#generateOrRemove} themselves.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoRows {

    private static final Logger log = LoggerFactory.getLogger(DemoRows.class);

    private final DemoMode demoMode;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Generates the demo rows of {@code table} (through {@code repository}, its entities' repository) or removes them.
     * The rows are made only when they are to be saved, in the caller's transaction, and flushed inside the stamp.
     *
     * @param what the rows in words, for the log ("demo IKP levels")
     */
    public <T> void generate(String what, String table, JpaRepository<T, ?> repository, Supplier<List<T>> rows) {
        if (!demoMode.generateOrRemove(what, () -> jdbc.update("delete from " + table + " where demo = true"),
                () -> repository.count() > 0)) {
            return;
        }
        var created = rows.get();
        Stamps.as(Stamps.DEMO, clock.instant(), () -> repository.saveAllAndFlush(created));
        log.info("Created {} {}", created.size(), what);
    }
}

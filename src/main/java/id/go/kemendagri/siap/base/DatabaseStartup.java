package id.go.kemendagri.siap.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A database that is down when the application starts: instead of a crash with a stack trace (and a restart
 * loop under a supervisor), the start waits for it before the schema migration, with one log line per attempt
 * that says where it looked, why it failed and when it tries again, and starts as soon as the database answers.
 * Only when it has not answered within {@code siap.database.startup-wait} does the start give up, with a short
 * explanation instead of a stack trace ({@link GaveUp}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStartup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

    @Bean
    FlywayMigrationStrategy waitForTheDatabase(@Value("${siap.database.startup-wait:10m}") Duration wait,
            @Value("${siap.database.startup-retry:5s}") Duration retry) {
        return flyway -> {
            await(flyway.getConfiguration().getDataSource(), wait, retry);
            flyway.migrate();
        };
    }

    /**
     * Returns once the database answers. A refusal that waiting cannot cure (wrong password, unknown database) ends
     * the start at once; so does a stop signal while waiting (the start holds Spring's start-up lock, which the
     * shutdown hook would otherwise wait for forever).
     */
    static void await(DataSource dataSource, Duration wait, Duration retry) {
        var deadline = System.nanoTime() + wait.toNanos();
        var where = where(dataSource);
        var waiting = Thread.currentThread();
        var stop = new Thread(waiting::interrupt, "database-startup-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            for (var attempt = 1;; attempt++) {
                try (var connection = probe(dataSource)) {
                    if (attempt > 1) {
                        log.info("Database at {} answers after {} attempts; starting", where, attempt);
                    }
                    return;
                } catch (SQLException | RuntimeException e) {
                    if (!DatabaseTrouble.isCause(e)) {
                        throw new GaveUp("Database at " + where + " refused the connection: " + DatabaseTrouble.summary(e),
                                null);
                    }
                    if (System.nanoTime() + retry.toNanos() > deadline) {
                        throw new GaveUp("Database at " + where + " did not answer within " + wait + ": "
                                + DatabaseTrouble.summary(e), wait);
                    }
                    log.warn("Database at {} does not answer (attempt {}): {}. Trying again in {} s; the application"
                            + " starts as soon as it answers, or gives up after {}.", where, attempt,
                            DatabaseTrouble.summary(e), retry.toSeconds(), wait);
                }
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GaveUp("Stopped while waiting for the database at " + where, null);
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException alreadyStopping) {
                // the JVM is shutting down: the hook has run or will run, harmlessly
            }
        }
    }

    /**
     * A connection of its own, not one of the pool's: a pool that cannot start logs an error with a stack trace
     * at every attempt.
     */
    private static Connection probe(DataSource dataSource) throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            var properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    /** The JDBC address without its parameters (which may carry credentials). */
    private static String where(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            var url = hikari.getJdbcUrl();
            var end = url.indexOf('?');
            return end < 0 ? url : url.substring(0, end);
        }
        return dataSource.getClass().getSimpleName();
    }

    /** The database did not answer within the start-up wait ({@code wait} set), or refused the application. */
    static final class GaveUp extends IllegalStateException {
        final transient Duration wait;

        GaveUp(String message, Duration wait) {
            super(message);
            this.wait = wait;
        }
    }

    /** Tells the operator what happened and what to check, without a stack trace. */
    public static final class GaveUpAnalyzer extends AbstractFailureAnalyzer<GaveUp> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, GaveUp cause) {
            var action = "Start the database or correct SIAP_DB_URL, SIAP_DB_USER and SIAP_DB_PASSWORD, then start the"
                    + " application again.";
            if (cause.wait != null) {
                action += " To wait longer, raise siap.database.startup-wait (now " + cause.wait + ").";
            }
            return new FailureAnalysis(cause.getMessage(), action, cause);
        }
    }
}

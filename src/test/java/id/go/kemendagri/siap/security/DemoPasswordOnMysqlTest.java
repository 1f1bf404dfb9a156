package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import id.go.kemendagri.siap.Application;

/**
 * On the MySQL/MariaDB database that SIAP_TEST_DB_URL names (the CI run), an account that still has a demo
 * password stops the application from starting, with a line in the log that says which and what to do.
 */
@EnabledIfEnvironmentVariable(named = "SIAP_TEST_DB_URL", matches = "jdbc:mysql:.*")
class DemoPasswordOnMysqlTest {

    @Test
    void the_application_refuses_to_start_while_a_demo_account_has_its_demo_password() throws Exception {
        var url = System.getenv("SIAP_TEST_DB_URL");
        var user = System.getenv().getOrDefault("SIAP_TEST_DB_USER", "root");
        var password = System.getenv().getOrDefault("SIAP_TEST_DB_PASSWORD", "");
        try (var connection = DriverManager.getConnection(url, user, password)) {
            try (var insert = connection.prepareStatement("insert into app_user (username, full_name, password_hash,"
                    + " role, province_code, enabled, locale, failed_attempts, created_at, version)"
                    + " values ('kaltim', 'Salinan demo', ?, 'PROVINCIAL_STAFF', '64', true, 'id-ID', 0, ?, 0)")) {
                insert.setString(1, new BCryptPasswordEncoder().encode("kaltim"));
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try {
                assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run("--server.port=0",
                        "--siap.demo.enabled=false").close())
                        .satisfies(e -> assertThat(rootMessage(e)).contains("demo password").contains("kaltim"));
            } finally {
                try (var delete = connection.prepareStatement("delete from app_user where username = 'kaltim'")) {
                    delete.executeUpdate();
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        var messages = new StringBuilder();
        for (var cause = e; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}

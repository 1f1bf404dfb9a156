package id.go.kemendagri.siap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The finding "demo accounts survive SIAP_DEMO=false", replayed: the application starts on a new embedded
 * database with demo mode on, stops, and starts again on the same database with demo mode off. The demo
 * accounts are gone (the one whose password an administrator changed stays), no demo row is left in any
 * feature, and what a user saved in between is kept.
 */
class DemoOffStartTest {

    private static final List<String> DEMO_TABLES = List.of("desk_contact", "checklist_item", "nphd_grant",
            "nphd_transfer", "head_tenure", "pj_report", "pj_evaluation", "meeting", "followup_item", "region_vulnerability",
            "desk_report");

    @Test
    void a_start_with_demo_off_on_a_demo_database_removes_the_demo_accounts_and_data() throws Exception {
        var database = "jdbc:h2:mem:siap-demo-off-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        var files = Files.createTempDirectory("siap-demo-off").toString();
        String keptContact;
        try (var demo = start(database, files, true)) {
            var jdbc = demo.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Long.class)).isOne();
            assertThat(demoRows(jdbc)).allSatisfy(count -> assertThat(count).isPositive());
            // What the services do when a user saves: the record is no longer demo. An administrator gave the
            // demo account "pimpinan" a password of its own.
            keptContact = jdbc.queryForObject("select min(region_code) from desk_contact where demo = true", String.class);
            jdbc.update("update desk_contact set demo = false, updated_by = 'budi' where region_code = ?", keptContact);
            jdbc.update("update app_user set password_hash = ? where username = 'pimpinan'",
                    demo.getBean(PasswordEncoder.class).encode("kata-sandi-pimpinan-2024"));
        }

        try (var real = start(database, files, false)) {
            var jdbc = real.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                    .doesNotContain("admin", "evaluator", "kalteng", "kaltim").contains("pimpinan");
            var manager = real.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
            for (var name : List.of("admin", "evaluator", "kalteng", "kaltim", "pimpinan")) {
                assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, name)))
                        .as(name).isInstanceOf(BadCredentialsException.class);
            }
            assertThat(demoRows(jdbc)).containsOnly(0L);
            assertThat(jdbc.queryForObject("select updated_by from desk_contact where region_code = ?", String.class,
                    keptContact)).isEqualTo("budi");
            assertThat(jdbc.queryForObject("select count(*) from checklist_item where status <> 'BELUM'", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from nphd_grant where stage <> 'NOT_PROPOSED' or disbursed_amount <> 0",
                    Long.class)).isZero();
            assertThat(jdbc.queryForList("select entity_id from audit_record where entity_type = 'user' and action = 'DELETE'",
                    String.class)).contains("admin", "evaluator", "kalteng", "kaltim");
        }
    }

    private static List<Long> demoRows(JdbcTemplate jdbc) {
        var counts = new ArrayList<Long>();
        for (var table : DEMO_TABLES) {
            counts.add(jdbc.queryForObject("select count(*) from " + table + " where demo = true", Long.class));
        }
        return counts;
    }

    /** The application as `java -jar` starts it, on the given embedded database, whatever the suite's database. */
    private static ConfigurableApplicationContext start(String database, String files, boolean demo) {
        return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + database,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--siap.demo.enabled=" + demo,
                "--server.port=0", "--siap.storage.dir=" + files, "--vaadin.devmode.componentTracker.enabled=false",
                // On the MariaDB run of the suite the mariadb profile is included: this database is H2.
                "--spring.jpa.properties.jakarta.persistence.database-product-name=H2",
                "--spring.jpa.properties.jakarta.persistence.database-major-version=2",
                "--spring.jpa.properties.jakarta.persistence.database-minor-version=3");
    }
}

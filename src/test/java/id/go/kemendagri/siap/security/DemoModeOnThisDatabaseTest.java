package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * With {@code siap.demo.enabled=true} the demo accounts appear on the embedded H2 only: on the
 * MariaDB/MySQL run of the suite the same setting creates nothing.
 */
@SpringBootTest(properties = { "siap.demo.enabled=true",
        // An H2 database of its own, so that the demo data does not leak into the other tests' database.
        "spring.datasource.url=${SIAP_TEST_DB_URL:jdbc:h2:mem:siap-demo-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}" })
class DemoModeOnThisDatabaseTest {

    @Autowired
    DemoMode demoMode;
    @Autowired
    DataSource dataSource;
    @Autowired
    AppUserRepository users;

    @Test
    void demo_accounts_exist_exactly_when_the_database_is_h2() throws Exception {
        boolean h2;
        try (var connection = dataSource.getConnection()) {
            h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }

        assertThat(demoMode.active()).isEqualTo(h2);
        assertThat(DemoAccounts.ACCOUNTS).allSatisfy(account -> assertThat(
                users.findByUsername(account.username()).isPresent()).isEqualTo(h2));
    }
}

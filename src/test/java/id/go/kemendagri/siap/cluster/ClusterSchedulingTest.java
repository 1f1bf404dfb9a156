package id.go.kemendagri.siap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;

/**
 * ShedLock is told the database from the JDBC URL, so that a scheduled run during a database outage does not fail on
 * ShedLock's own detection of the database (a run found by OutageShippedIT).
 */
class ClusterSchedulingTest {

    @Test
    void the_database_product_comes_from_the_url_without_asking_the_database() {
        assertThat(ClusterScheduling.productOf("jdbc:h2:file:./data/siap-pilkada;MODE=MySQL")).isEqualTo(DatabaseProduct.H2);
        assertThat(ClusterScheduling.productOf("jdbc:mysql://db:3306/siap_pilkada")).isEqualTo(DatabaseProduct.MY_SQL);
        assertThat(ClusterScheduling.productOf("jdbc:mariadb://db:3306/siap")).isEqualTo(DatabaseProduct.MARIA_DB);
        assertThat(ClusterScheduling.productOf("jdbc:postgresql://db/siap")).isNull();
    }

    @Test
    void a_lock_is_taken_with_the_database_clock_on_h2() {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:shedlock-test;MODE=MySQL;DB_CLOSE_DELAY=-1");
        new org.springframework.jdbc.core.JdbcTemplate(h2).execute("create table shedlock (name varchar(64) not null"
                + " primary key, lock_until timestamp(3) not null, locked_at timestamp(3) not null,"
                + " locked_by varchar(255) not null)");
        var provider = new ClusterScheduling().lockProvider(h2, "jdbc:h2:mem:shedlock-test");

        var lock = provider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(), "test",
                java.time.Duration.ofMinutes(1), java.time.Duration.ZERO));

        assertThat(lock).isPresent();
        lock.get().unlock();
    }
}

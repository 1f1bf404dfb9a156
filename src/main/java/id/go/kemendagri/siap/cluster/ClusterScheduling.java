package id.go.kemendagri.siap.cluster;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled work that must run once per cluster, not once per node, carries {@code @SchedulerLock(name = ...)}
 * beside {@code @Scheduled}: the first node to reach the time takes the lock in the {@code shedlock} table, with
 * the database's clock (nodes' clocks may differ), and the others skip that run. Active with one node too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource,
            @org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String url) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime();
        var product = productOf(url);
        if (product != null) {
            configuration.withDatabaseProduct(product);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }

    /**
     * The database named by the JDBC URL, so that ShedLock need not ask the database which it is: asked on the
     * first lock, during an outage it could not answer and every scheduled run failed with "useDbTime() is not
     * supported for database product: UNKNOWN" (found by {@code OutageShippedIT}). MariaDB through Connector/J
     * speaks MySQL's dialect, as ShedLock's own detection concluded before. Null: let ShedLock detect it.
     */
    static DatabaseProduct productOf(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:h2:")) {
            return DatabaseProduct.H2;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return DatabaseProduct.MY_SQL;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return DatabaseProduct.MARIA_DB;
        }
        return null;
    }
}

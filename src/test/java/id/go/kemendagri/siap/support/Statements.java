package id.go.kemendagri.siap.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import jakarta.persistence.EntityManagerFactory;

/**
 * Counts the SQL statements Hibernate prepares while some code runs (statistics are on in the test
 * configuration), to prove that a screen's reads take a fixed number of queries.
 */
public final class Statements {

    private final Statistics statistics;

    public Statements(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    public long countWhile(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}

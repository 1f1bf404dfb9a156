package id.go.kemendagri.siap.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.DemoMode;

/**
 * A test of the demo data on the shared demo-enabled context ({@link DemoContextTest}). Each test is skipped where
 * demo mode stays off (a database named by SIAP_TEST_DB_URL): demo data exists on the embedded H2 only.
 */
@DemoContextTest
public abstract class DemoDataTest {

    @Autowired
    protected DemoMode demoMode;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void demoDataExists() {
        assumeTrue(demoMode.active(), "demo data exists on the embedded H2 only");
    }

    /** What a {@code select count(...)} answers. */
    protected long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

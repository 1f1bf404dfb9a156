package id.go.kemendagri.siap.leadership;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.support.Users;

/**
 * The set-up the leadership service tests share: one application context with the movable clock, no tenure, report,
 * evaluation or approval left from another test, and an evaluator signed in (a test may sign in someone else). Public
 * for the tests of other features that follow the heads of region (the checklist's NET items).
 */
@SpringBootTest
@Import(LeadershipTestSupport.class)
public abstract class LeadershipServiceTest {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    /** Appoints, ends and reads the tenures nearly every leadership test starts from. */
    @Autowired
    protected HeadTenureService tenures;

    @BeforeEach
    protected void cleanAndSignInAsEvaluator() {
        LeadershipTestSupport.clean(jdbc, clock);
        Users.evaluator();
    }

    @AfterEach
    protected void signOut() {
        Users.signOut();
    }
}

package id.go.kemendagri.siap.checklist;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

/**
 * A test of region 74.01's derived items, not transactional (the items follow their source only after a commit): the
 * region's grants and items are reset before each test, at 1 July 2024, signed in as its provincial staff.
 */
@SpringBootTest
@Import(TestClock.class)
abstract class DerivedRegionTest {

    static final String REGION = "74.01";
    static final Instant JULY = Instant.parse("2024-07-01T03:00:00Z");

    @Autowired
    BudgetService budget;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DerivedItems derived;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void reset() {
        clock.set(JULY);
        ChecklistTestSupport.resetGrants(jdbc, REGION);
        ChecklistTestSupport.resetItems(jdbc, REGION);
        derived.recompute(REGION);
        Users.staff("74");
    }

    @AfterEach
    void signOut() {
        Users.signOut();
        clock.set(MutableClock.START);
    }

    ChecklistItemDetails item(String code) {
        return ChecklistTestSupport.itemOf(checklists, REGION, code);
    }
}

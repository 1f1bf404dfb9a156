package id.go.kemendagri.siap.checklist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

/**
 * A checklist service test in a transaction that is rolled back, with the movable clock, signed in as provincial
 * staff of Kalimantan Tengah (62) before each test and signed out after.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
abstract class KaltengStaffTest {

    @Autowired
    ChecklistService checklists;

    @BeforeEach
    void signIn() {
        Users.staff("62");
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    /** The item with this code in the region's checklist, as the signed-in user sees it. */
    ChecklistItemDetails item(String region, String code) {
        return ChecklistTestSupport.itemOf(checklists, region, code);
    }
}

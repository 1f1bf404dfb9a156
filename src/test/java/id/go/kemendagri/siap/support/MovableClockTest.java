package id.go.kemendagri.siap.support;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A service test on the whole context with the {@link MutableClock} ({@link TestClock}), which it moves to the days
 * it needs; after each test nobody is signed in and the clock is back at {@link MutableClock#START}.
 */
@SpringBootTest
@Import(TestClock.class)
public abstract class MovableClockTest {

    @Autowired
    protected MutableClock clock;

    @AfterEach
    void signOutAndRewindTheClock() {
        Users.signOut();
        clock.set(MutableClock.START);
    }

    /** Moves the clock to 10:00 in Jakarta on that day. */
    protected void today(LocalDate date) {
        clock.set(Instant.parse(date + "T03:00:00Z"));
    }
}

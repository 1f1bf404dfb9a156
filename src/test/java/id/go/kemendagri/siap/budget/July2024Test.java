package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.support.MovableClockTest;

/** A budget test on 1 July 2024, when the grants of the 2024 Pilkada are being signed and paid. */
abstract class July2024Test extends MovableClockTest {

    /** The service every budget test signs, pays and reads grants through. */
    @Autowired
    protected BudgetService budget;

    @BeforeEach
    void july() {
        today(LocalDate.of(2024, 7, 1));
    }
}

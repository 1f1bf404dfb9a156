package id.go.kemendagri.siap.liveupdate;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.support.Users;

/**
 * Not a test (its name keeps it out of the normal run): the fan-out of one committed change to 100, 500
 * and 2,000 subscribed screens inside one server. Each screen is a UI whose {@code access} takes its own
 * lock and runs the command in the calling thread, as Vaadin does when the session lock is free; the
 * command re-reads the Desk Pilkada contact through the real service and database, as the region page
 * does. Measured: from the moment the save has committed to the moment the last screen has applied it,
 * 50 saves per size, p50 and p95. It leaves out the UIDL serialisation and the WebSocket write of a real
 * push. Run with {@code ./mvnw test -Dtest=LiveUpdateFanOutBenchmark}.
 */
@SpringBootTest
class LiveUpdateFanOutBenchmark {

    private static final String REGION = "63.01";
    private static final int SAVES = 50;

    @Autowired
    LiveUpdateHub hub;
    @Autowired
    DeskContactService contacts;

    /** A screen whose lock is free: the command runs at once in the thread that asks, under the UI's own lock. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static final class ScreenUI extends UI {
        private final ReentrantLock lock = new ReentrantLock();
        private final org.springframework.security.core.context.SecurityContext signedIn;

        @Override
        public Future<Void> access(Command command) {
            lock.lock();
            var previous = SecurityContextHolder.getContext();
            try {
                SecurityContextHolder.setContext(signedIn);
                command.execute();
            } finally {
                SecurityContextHolder.setContext(previous);
                lock.unlock();
            }
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void fan_out_to_100_500_and_2000_screens() throws InterruptedException {
        Users.evaluator();
        var signedIn = SecurityContextHolder.getContext();
        save(0);
        for (var screens : new int[] {100, 500, 2000}) {
            var latencies = new long[SAVES];
            for (var i = 0; i < SAVES; i++) {
                var applied = new CountDownLatch(screens);
                var registrations = new ArrayList<Registration>(screens);
                for (var s = 0; s < screens; s++) {
                    registrations.add(hub.subscribe(new ScreenUI(signedIn), LiveUpdates.region(REGION), changes -> {
                        contacts.find(REGION);
                        applied.countDown();
                    }));
                }
                save(i + 1);
                var committed = System.nanoTime();
                if (!applied.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Not all screens were reached");
                }
                latencies[i] = System.nanoTime() - committed;
                registrations.forEach(Registration::remove);
            }
            java.util.Arrays.sort(latencies);
            System.out.printf("Fan-out to %,d screens: p50 %d ms, p95 %d ms, max %d ms (%d saves)%n", screens,
                    latencies[SAVES / 2] / 1_000_000, latencies[(int) Math.ceil(SAVES * 0.95) - 1] / 1_000_000,
                    latencies[SAVES - 1] / 1_000_000, SAVES);
        }
        Users.signOut();
    }

    private void save(int n) {
        var version = contacts.find(REGION).map(DeskContactDetails::version).orElse(null);
        contacts.save(REGION, new DeskContactDraft("Bench " + n, "Kabid", "Kesbangpol", "0812 3456 7890",
                "bench@example.go.id", version));
    }

}

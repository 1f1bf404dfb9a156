package id.go.kemendagri.siap.liveupdate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.RegionChange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;

/**
 * Receives committed {@link RegionChange}s and delivers them to subscribed screens through
 * {@link UI#access}. Each subscription gets at most one push per {@link LiveUpdateProperties#minPushInterval()}:
 * the first change goes out at once, the ones that follow within the interval are delivered together,
 * duplicates removed.
 * <p>
 * Meters: {@code siap.live_update.fan_out} is the time to hand one committed change to every screen that
 * watches it; {@code siap.live_update.delivery} the time from a committed change until a screen has
 * redrawn, the coalescing wait included.
 */
@Component
public class LiveUpdateHub {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdateHub.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "live-update");
        thread.setDaemon(true);
        return thread;
    });
    private final long minIntervalNanos;
    private final Timer fanOut;
    private final Timer delivery;

    LiveUpdateHub(LiveUpdateProperties properties, MeterRegistry meters) {
        this.minIntervalNanos = properties.minPushInterval().toNanos();
        this.fanOut = Timer.builder("siap.live_update.fan_out")
                .description("Time to hand one committed change to every screen that watches it")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        this.delivery = Timer.builder("siap.live_update.delivery")
                .description("Time from a committed change until a screen has redrawn (coalescing included)")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /**
     * Delivers matching changes to {@code handler}, inside {@code ui.access}, until the returned
     * registration is removed. Prefer {@link LiveUpdates#bind}, which ties this to attach and detach.
     */
    public Registration subscribe(UI ui, Predicate<RegionChange> filter, Consumer<List<RegionChange>> handler) {
        var subscription = new Subscription(ui, filter, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public int subscriberCount() {
        return subscriptions.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onCommitted(RegionChange change) {
        publish(change);
    }

    void publish(RegionChange change) {
        var start = System.nanoTime();
        for (var subscription : subscriptions) {
            if (subscription.filter.test(change)) {
                subscription.offer(change, start);
            }
        }
        fanOut.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private final class Subscription {

        private final UI ui;
        private final Predicate<RegionChange> filter;
        private final Consumer<List<RegionChange>> handler;
        private final Set<RegionChange> pending = new LinkedHashSet<>();
        private boolean scheduled;
        private long lastPush = System.nanoTime() - minIntervalNanos;
        private long oldestPending;

        synchronized void offer(RegionChange change, long committedAt) {
            if (pending.isEmpty()) {
                oldestPending = committedAt;
            }
            pending.add(change);
            if (!scheduled) {
                scheduled = true;
                var wait = Math.max(0, lastPush + minIntervalNanos - System.nanoTime());
                scheduler.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
            }
        }

        private void flush() {
            List<RegionChange> batch;
            long since;
            synchronized (this) {
                since = oldestPending;
                batch = new ArrayList<>(pending);
                pending.clear();
                scheduled = false;
                lastPush = System.nanoTime();
            }
            if (batch.isEmpty() || !subscriptions.contains(this)) {
                return;
            }
            try {
                ui.access(() -> {
                    handler.accept(batch);
                    delivery.record(System.nanoTime() - since, TimeUnit.NANOSECONDS);
                });
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                subscriptions.remove(this);
            } catch (RuntimeException e) {
                log.warn("Live update to a screen failed", e);
            }
        }
    }
}

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.RegionChange;
import jakarta.annotation.PreDestroy;

/**
 * Receives committed {@link RegionChange}s and delivers them to subscribed screens through
 * {@link UI#access}. Each subscription gets at most one push per {@link LiveUpdateProperties#minPushInterval()}:
 * the first change goes out at once, the ones that follow within the interval are delivered together,
 * duplicates removed.
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

    LiveUpdateHub(LiveUpdateProperties properties) {
        this.minIntervalNanos = properties.minPushInterval().toNanos();
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
        for (var subscription : subscriptions) {
            if (subscription.filter.test(change)) {
                subscription.offer(change);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    private final class Subscription {

        private final UI ui;
        private final Predicate<RegionChange> filter;
        private final Consumer<List<RegionChange>> handler;
        private final Set<RegionChange> pending = new LinkedHashSet<>();
        private boolean scheduled;
        private long lastPush = System.nanoTime() - minIntervalNanos;

        Subscription(UI ui, Predicate<RegionChange> filter, Consumer<List<RegionChange>> handler) {
            this.ui = ui;
            this.filter = filter;
            this.handler = handler;
        }

        synchronized void offer(RegionChange change) {
            pending.add(change);
            if (!scheduled) {
                scheduled = true;
                var wait = Math.max(0, lastPush + minIntervalNanos - System.nanoTime());
                scheduler.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
            }
        }

        private void flush() {
            List<RegionChange> batch;
            synchronized (this) {
                batch = new ArrayList<>(pending);
                pending.clear();
                scheduled = false;
                lastPush = System.nanoTime();
            }
            if (batch.isEmpty() || !subscriptions.contains(this)) {
                return;
            }
            try {
                ui.access(() -> handler.accept(batch));
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                subscriptions.remove(this);
            } catch (RuntimeException e) {
                log.warn("Live update to a screen failed", e);
            }
        }
    }
}

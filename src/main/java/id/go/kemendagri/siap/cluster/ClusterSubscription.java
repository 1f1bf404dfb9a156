package id.go.kemendagri.siap.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Starts the Redis subscriptions without holding up the node: the listener container would fail the start when
 * Redis is away, so it is started here, and while that fails, tried again every two seconds. Once it has
 * subscribed, the container and Lettuce re-subscribe by themselves after a lost connection.
 */
@Component
@Conditional(ClusterMode.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClusterSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSubscription.class);

    private final RedisMessageListenerContainer container;
    private ScheduledExecutorService retries;
    @Getter
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        if (!tryStart()) {
            log.warn("Redis unreachable at start: this node serves its own changes and subscribes when Redis answers");
            retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                var thread = new Thread(runnable, "cluster-subscribe");
                thread.setDaemon(true);
                return thread;
            });
            retries.scheduleWithFixedDelay(() -> {
                if (tryStart()) {
                    log.info("Subscribed to Redis");
                    retries.shutdown();
                }
            }, 2, 2, TimeUnit.SECONDS);
        }
    }

    private boolean tryStart() {
        try {
            if (container.isRunning()) {
                container.stop();
            }
            container.start();
            return true;
        } catch (RuntimeException e) {
            log.debug("Redis subscription failed: {}", e.getMessage());
            try {
                container.stop();
            } catch (RuntimeException ignored) {
                // not started
            }
            return false;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (retries != null) {
            retries.shutdownNow();
        }
        container.stop();
    }

    /** Together with the web server: after the beans the relay needs, before the screens are served. */
    @Override
    public int getPhase() {
        return container.getPhase();
    }
}

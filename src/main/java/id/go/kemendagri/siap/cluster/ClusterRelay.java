package id.go.kemendagri.siap.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.AfterCommit;
import id.go.kemendagri.siap.base.RegionChange;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries committed {@link RegionChange}s from the node where they happen to every other node.
 * <ol>
 * <li>When a service publishes a change (inside its transaction), a row is written to the outbox table
 * {@code cluster_event} in that same transaction: the change's type and its record as JSON.</li>
 * <li>After commit the row's id, the node's name and the change go to the Redis channel {@code <prefix>:events}.
 * If Redis is away the message is kept and sent when it is back.</li>
 * <li>Every other node turns the message back into the typed record and publishes it as a local event outside a
 * transaction, so the board and menu-count caches are marked stale and the live-update hub tells the screens,
 * exactly as for a change made on that node.</li>
 * <li>A node that lost Redis (a ping every half second, or a failed send) reads the outbox rows it has not seen
 * once Redis answers again, for a few seconds while its subscription comes back.</li>
 * </ol>
 * Each node remembers the ids it has delivered, so a message that arrives twice (through Redis and the catch-up)
 * is delivered once; screens re-read what they show, so even a second delivery would only redraw.
 */
@Component
@Conditional(ClusterMode.class)
public class ClusterRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    private static final String PACKAGE = "id.go.kemendagri.siap.";
    private static final int REMEMBERED = 20_000;
    private static final long CATCH_UP_MARGIN = 1_000;
    private static final Duration CATCH_UP_WINDOW = Duration.ofSeconds(5);
    private static final ThreadLocal<Boolean> DELIVERING = new ThreadLocal<>();

    /** What travels through Redis: the outbox id, the node it comes from, the record's class and its JSON. */
    record Envelope(long id, String origin, String type, String change) {
    }

    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final String node;
    private final String channel;
    private final ConcurrentSkipListSet<Long> delivered = new ConcurrentSkipListSet<>();
    private final AtomicLong highest = new AtomicLong();
    private final ConcurrentLinkedQueue<String> unsent = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "cluster-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean connected = true;
    private volatile long catchUpFrom;
    private volatile long catchUpUntil;
    private long startedAfter;

    ClusterRelay(JdbcTemplate jdbc, StringRedisTemplate redis, JsonMapper json, ApplicationEventPublisher events,
            ClusterNode node, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.json = json;
        this.events = events;
        this.node = node.name();
        this.channel = channel(properties);
    }

    static String channel(ClusterProperties properties) {
        return properties.keyPrefix() + ":events";
    }

    @PostConstruct
    void start() {
        var max = jdbc.queryForObject("select coalesce(max(id), 0) from cluster_event", Long.class);
        startedAfter = max == null ? 0 : max;
        highest.set(startedAfter);
        watch.scheduleWithFixedDelay(this::check, 500, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watch.shutdownNow();
    }

    /** Writes the change to the outbox in the publisher's transaction and sends it after commit. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onChange(RegionChange change) {
        if (Boolean.TRUE.equals(DELIVERING.get())) {
            return;
        }
        var type = change.getClass().getName();
        var payload = json.writeValueAsString(change);
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into cluster_event (origin_node, event_type, payload, created_at) values (?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, node);
            statement.setString(2, type);
            statement.setString(3, payload);
            statement.setTimestamp(4, Timestamp.from(Instant.now()));
            return statement;
        }, keys);
        var id = keys.getKey().longValue();
        var message = json.writeValueAsString(new Envelope(id, node, type, payload));
        AfterCommit.run(() -> send(message));
    }

    private void send(String message) {
        if (!connected) {
            // Redis is known to be away: keep the user's save from waiting for a timeout; sent when it is back.
            unsent.add(message);
            return;
        }
        try {
            redis.convertAndSend(channel, message);
        } catch (RuntimeException e) {
            unsent.add(message);
            lost(e);
        }
    }

    /** A message from Redis: another node's change (this node's own are already delivered). */
    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            var envelope = json.readValue(message.getBody(), Envelope.class);
            if (!node.equals(envelope.origin())) {
                deliver(envelope.id(), envelope.type(), envelope.change());
            }
        } catch (RuntimeException e) {
            log.warn("Cluster event from Redis not delivered", e);
        }
    }

    private void deliver(long id, String type, String payload) {
        if (!delivered.add(id)) {
            return;
        }
        highest.accumulateAndGet(id, Math::max);
        while (delivered.size() > REMEMBERED) {
            delivered.pollFirst();
        }
        var change = json.readValue(payload, changeType(type));
        DELIVERING.set(true);
        try {
            events.publishEvent(change);
        } finally {
            DELIVERING.remove();
        }
    }

    /** Only the application's own event records, never an arbitrary class named in a message. */
    static Class<? extends RegionChange> changeType(String name) {
        if (!name.startsWith(PACKAGE)) {
            throw new IllegalArgumentException("Not an event of the application: " + name);
        }
        try {
            var type = Class.forName(name, false, ClusterRelay.class.getClassLoader());
            if (!RegionChange.class.isAssignableFrom(type) || !type.isRecord()) {
                throw new IllegalArgumentException("Not an event record: " + name);
            }
            return type.asSubclass(RegionChange.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown event type: " + name, e);
        }
    }

    /** Whether the last check reached Redis. */
    public boolean connected() {
        return connected;
    }

    void lost(RuntimeException cause) {
        if (connected) {
            connected = false;
            catchUpFrom = highest.get();
            log.warn("Redis unreachable: changes of other nodes are read from the outbox when it is back ({})",
                    cause.getMessage());
        }
    }

    void check() {
        try {
            redis.execute((RedisCallback<String>) connection -> connection.ping());
        } catch (RuntimeException e) {
            lost(e);
            return;
        }
        try {
            if (!connected) {
                connected = true;
                catchUpUntil = System.nanoTime() + CATCH_UP_WINDOW.toNanos();
                log.info("Redis reachable again: catching up from the outbox after event {}", catchUpFrom);
            }
            String message;
            while ((message = unsent.peek()) != null) {
                redis.convertAndSend(channel, message);
                unsent.poll();
            }
            if (catchUpUntil != 0 && System.nanoTime() - catchUpUntil < 0) {
                catchUp();
            } else {
                catchUpUntil = 0;
            }
        } catch (RuntimeException e) {
            log.warn("Cluster catch-up failed; trying again", e);
        }
    }

    /** Delivers the outbox rows of other nodes after the last one seen before the connection was lost. */
    int catchUp() {
        var from = Math.max(startedAfter, catchUpFrom - CATCH_UP_MARGIN);
        var count = new int[1];
        jdbc.query("select id, event_type, payload from cluster_event where id > ? and origin_node <> ? order by id",
                row -> {
                    var id = row.getLong(1);
                    if (!delivered.contains(id)) {
                        deliver(id, row.getString(2), row.getString(3));
                        count[0]++;
                    }
                }, from, node);
        if (count[0] > 0) {
            log.info("Caught up {} changes of other nodes from the outbox", count[0]);
        }
        return count[0];
    }
}

package id.go.kemendagri.siap.cluster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Presence entries of all nodes in Redis: one hash per place ({@code <prefix>:presence:<place>}), one field per
 * open screen ({@code <node>|<screen>}), whose value is the expiry time in milliseconds, a space and what the
 * node stores (the person as JSON). A node refreshes its screens' entries while their heartbeats arrive; an
 * entry not refreshed within {@code siap.redis.presence-ttl} (the node died) is ignored and removed by the next
 * reader, and the whole hash expires with its last entry. A node that changes a place announces it on
 * {@code <prefix>:presence}, so the others redraw at once rather than at their next refresh.
 */
@Component
@Conditional(ClusterMode.class)
public class ClusterPresence implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ClusterPresence.class);

    private final StringRedisTemplate redis;
    private final String node;
    private final String prefix;
    private final Duration ttl;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    ClusterPresence(StringRedisTemplate redis, ClusterNode node, ClusterProperties properties) {
        this.redis = redis;
        this.node = node.name();
        this.prefix = properties.keyPrefix() + ":presence:";
        this.ttl = properties.presenceTtl();
    }

    static String channel(ClusterProperties properties) {
        return properties.keyPrefix() + ":presence";
    }

    /** How long an entry lives unless refreshed; refresh at least every third of it. */
    public Duration ttl() {
        return ttl;
    }

    /** Stores (or refreshes) this node's screen at the place. Failures (Redis away) are logged, not thrown. */
    public void put(String place, String screen, String value) {
        try {
            var key = prefix + place;
            redis.opsForHash().put(key, node + "|" + screen, (System.currentTimeMillis() + ttl.toMillis()) + " " + value);
            redis.expire(key, ttl.multipliedBy(2));
        } catch (RuntimeException e) {
            log.debug("Presence not stored in Redis: {}", e.getMessage());
        }
    }

    /** Removes this node's screen from the place. */
    public void remove(String place, String screen) {
        try {
            redis.opsForHash().delete(prefix + place, node + "|" + screen);
        } catch (RuntimeException e) {
            log.debug("Presence not removed from Redis: {}", e.getMessage());
        }
    }

    /** The live entries of the other nodes at the place, by field; expired ones are removed. Empty if Redis is away. */
    public Map<String, String> others(String place) {
        var result = new LinkedHashMap<String, String>();
        try {
            var key = prefix + place;
            var now = System.currentTimeMillis();
            for (var entry : redis.opsForHash().entries(key).entrySet()) {
                var field = (String) entry.getKey();
                var value = (String) entry.getValue();
                var space = value.indexOf(' ');
                var expires = space < 0 ? 0 : Long.parseLong(value.substring(0, space));
                if (expires < now) {
                    redis.opsForHash().delete(key, field);
                } else if (!field.startsWith(node + "|")) {
                    result.put(field, value.substring(space + 1));
                }
            }
        } catch (RuntimeException e) {
            log.debug("Presence not read from Redis: {}", e.getMessage());
        }
        return result;
    }

    /** Tells the other nodes that someone came, left or started editing at the place. */
    public void announce(String place) {
        try {
            redis.convertAndSend(channel(), node + "|" + place);
        } catch (RuntimeException e) {
            log.debug("Presence change not announced: {}", e.getMessage());
        }
    }

    private String channel() {
        return prefix.substring(0, prefix.length() - 1);
    }

    /** {@code listener} hears the places other nodes announce. */
    public void onAnnounced(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        var body = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        var bar = body.indexOf('|');
        if (bar < 0 || body.substring(0, bar).equals(node)) {
            return;
        }
        var place = body.substring(bar + 1);
        listeners.forEach(listener -> listener.accept(place));
    }
}

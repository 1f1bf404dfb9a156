package id.go.kemendagri.siap.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per API token (Bucket4j, in this server's memory): {@code requestsPerMinute} calls,
 * refilled evenly. Time comes from the application's {@link Clock}, so tests move it. With several servers
 * behind a balancer each keeps its own buckets (see docs/api.md).
 */
@Component
public class ApiRateLimiter {

    /** Whether a call may go ahead; when not, after how many seconds the next one will. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiProperties properties;
    private final TimeMeter time;

    ApiRateLimiter(ApiProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    public Decision consume(long tokenId) {
        var probe = buckets.computeIfAbsent(tokenId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        var seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, 0, seconds);
    }

    private Bucket newBucket() {
        var perMinute = properties.requestsPerMinute();
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build();
    }
}

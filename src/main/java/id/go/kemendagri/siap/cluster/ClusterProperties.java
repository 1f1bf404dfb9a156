package id.go.kemendagri.siap.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url          Redis, e.g. {@code redis://127.0.0.1:6379} ({@code rediss://} for TLS); blank: one node, no Redis
 * @param keyPrefix    prefix of every Redis channel and key, so that several installations can share one Redis
 * @param nodeName     this node's name in the outbox and in presence entries; blank: host name and a random suffix
 * @param timeout      how long a Redis command may take before it counts as failed
 * @param presenceTtl  how long a presence entry lives in Redis unless the node refreshes it (every third of it)
 * @param eventRetention how long the outbox keeps events for nodes catching up
 */
@ConfigurationProperties("siap.redis")
public record ClusterProperties(String url, @DefaultValue("siap") String keyPrefix, String nodeName,
        @DefaultValue("2s") Duration timeout, @DefaultValue("10s") Duration presenceTtl,
        @DefaultValue("1d") Duration eventRetention) {
}

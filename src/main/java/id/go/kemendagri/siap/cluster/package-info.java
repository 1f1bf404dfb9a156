/**
 * Cluster mode, switched on by {@code siap.redis.url} ({@code SIAP_REDIS_URL}): committed
 * {@link id.go.kemendagri.siap.base.RegionChange}s go through an outbox table and Redis pub/sub to every node,
 * where they are published again as local events (so that caches, menu counts and the live-update hub react as
 * to a local change); presence entries live in Redis with a short time to live. Without the URL none of this
 * exists and nothing connects to Redis. ShedLock ({@link ClusterScheduling}) keeps scheduled work to one node
 * in either mode. Depends on base only.
 */
@ApplicationModule(allowedDependencies = { "base" })
package id.go.kemendagri.siap.cluster;

import org.springframework.modulith.ApplicationModule;

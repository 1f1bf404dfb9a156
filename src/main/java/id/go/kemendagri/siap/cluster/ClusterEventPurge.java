package id.go.kemendagri.siap.cluster;

import java.sql.Timestamp;
import java.time.Instant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Keeps the outbox short: every hour, on one node, events older than {@code siap.redis.event-retention} go. */
@Component
@Conditional(ClusterMode.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClusterEventPurge {

    private static final Logger log = LoggerFactory.getLogger(ClusterEventPurge.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "cluster-event-purge", lockAtMostFor = "PT10M")
    public void purge() {
        var deleted = jdbc.update("delete from cluster_event where created_at < ?",
                Timestamp.from(Instant.now().minus(properties.eventRetention())));
        if (deleted > 0) {
            log.info("Cluster outbox: {} events older than {} deleted", deleted, properties.eventRetention());
        }
    }
}

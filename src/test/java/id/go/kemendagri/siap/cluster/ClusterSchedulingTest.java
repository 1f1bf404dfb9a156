package id.go.kemendagri.siap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;

/** One node by default: no Redis bean at all, and ShedLock's table takes one holder of a lock at a time. */
@SpringBootTest
class ClusterSchedulingTest {

    @Autowired
    LockProvider locks;
    @Autowired
    ApplicationContext context;

    @Test
    void without_a_redis_url_nothing_of_cluster_mode_exists() {
        assertThat(context.getBeanNamesForType(ClusterRelay.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ClusterPresence.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.data.redis.connection.RedisConnectionFactory.class)).isEmpty();
    }

    @Test
    void the_nightly_purges_go_through_shedlock() {
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(context.getBean("apiCallPurge")))
                .as("ApiCallPurge proxied for @SchedulerLock").isTrue();
    }

    @Test
    void a_scheduled_lock_is_held_by_one_node_at_a_time() {
        var config = new LockConfiguration(Instant.now(), "cluster-scheduling-test", Duration.ofMinutes(1), Duration.ZERO);

        var first = locks.lock(config);
        var second = locks.lock(config);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        first.get().unlock();
        var third = locks.lock(config);
        assertThat(third).isPresent();
        third.get().unlock();
    }
}

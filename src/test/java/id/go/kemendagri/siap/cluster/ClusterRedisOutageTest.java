package id.go.kemendagri.siap.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.region.DeskContactChanged;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.support.Users;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis away for {@link #OUTAGE} (a {@code redis-server} of the test's own, so the machine's stays up): this
 * context is node A, with the real services; node B is a second relay on the same database with its own Redis
 * connection. Saves keep working on both while Redis is away; once it is back, each node has every change of the
 * other exactly once, within seconds. Node A starts before this Redis does.
 */
@SpringBootTest
@Import(ClusterEvents.Config.class)
class ClusterRedisOutageTest {

    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final String PREFIX = "siap-outage-" + UUID.randomUUID().toString().substring(0, 8);
    static int port;
    static Process redis;

    static LettuceConnectionFactory nodeBFactory;
    static RedisMessageListenerContainer nodeBContainer;
    static ClusterRelay nodeB;
    static final List<Object> nodeBReceived = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("siap.redis.url", () -> "redis://127.0.0.1:" + port);
        registry.add("siap.redis.key-prefix", () -> PREFIX);
        registry.add("siap.redis.node-name", () -> "node-a");
    }

    @BeforeAll
    static void startRedis() throws Exception {
        var server = redisServer();
        Assumptions.assumeTrue(server != null, "no redis-server on this machine");
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    static String redisServer() {
        for (var candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    static void startRedisProcess(String server) {
        try {
            redis = new ProcessBuilder(server, "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> ClusterEvents.reachable("redis://127.0.0.1:" + port));
    }

    static void stopRedisProcess() throws InterruptedException {
        redis.destroy();
        redis.waitFor();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nodeBContainer != null) {
            nodeBContainer.stop();
            nodeB.stop();
            nodeBFactory.destroy();
        }
        if (redis != null) {
            stopRedisProcess();
        }
    }

    @Autowired
    DeskContactService contacts;
    @Autowired
    ClusterEvents nodeAReceived;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ClusterProperties nodeAProperties;

    void startNodeB() {
        var properties = new ClusterProperties(nodeAProperties.url(), PREFIX, "node-b", nodeAProperties.timeout(),
                nodeAProperties.presenceTtl(), nodeAProperties.eventRetention());
        nodeBFactory = new ClusterConfig().redisConnectionFactory(properties);
        nodeBFactory.afterPropertiesSet();
        nodeBFactory.start();
        nodeB = new ClusterRelay(jdbc, new StringRedisTemplate(nodeBFactory), json, nodeBReceived::add,
                new ClusterNode("node-b"), properties);
        nodeB.start();
        nodeBContainer = new RedisMessageListenerContainer();
        nodeBContainer.setConnectionFactory(nodeBFactory);
        nodeBContainer.setRecoveryBackoff(new org.springframework.util.backoff.FixedBackOff(1000,
                org.springframework.util.backoff.FixedBackOff.UNLIMITED_ATTEMPTS));
        nodeBContainer.addMessageListener(nodeB, new ChannelTopic(ClusterRelay.channel(properties)));
        nodeBContainer.afterPropertiesSet();
        nodeBContainer.start();
    }

    @Test
    void saves_go_on_while_redis_is_away_and_every_node_catches_up_once() throws Exception {
        // Node A (this context) started while Redis was not there yet.
        startRedisProcess(redisServer());
        startNodeB();
        Users.staff("62");
        try {
            var before = save("62.05", "Sebelum");
            var fromB = new BudgetChanged("62.90");
            nodeB.onChange(fromB);
            await().atMost(Duration.ofSeconds(10)).until(() -> count(nodeBReceived, before) == 1
                    && nodeAReceived.count(fromB) == 1);

            stopRedisProcess();
            var duringA = new ArrayList<RegionChange>();
            var duringB = new ArrayList<RegionChange>();
            var end = System.nanoTime() + OUTAGE.toNanos();
            var i = 0;
            while (System.nanoTime() < end) {
                duringA.add(save(i % 2 == 0 ? "62.06" : "62.07", "Selama " + i));
                var change = new BudgetChanged("62.9" + (i % 10) + "x" + i);
                nodeB.onChange(change);
                duringB.add(change);
                i++;
                Thread.sleep(3000);
            }
            assertThat(duringA).hasSizeGreaterThanOrEqualTo(5);

            startRedisProcess(redisServer());
            var back = System.nanoTime();
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() ->
                    duringA.stream().allMatch(change -> count(nodeBReceived, change) >= 1)
                            && duringB.stream().allMatch(change -> nodeAReceived.count(change) >= 1));
            System.out.printf("Redis outage: %d saves on node A and %d on node B during %d s, all delivered %d ms after Redis was back%n",
                    duringA.size(), duringB.size(), OUTAGE.toSeconds(), (System.nanoTime() - back) / 1_000_000);

            var after = save("62.05", "Sesudah");
            await().atMost(Duration.ofSeconds(5)).until(() -> count(nodeBReceived, after) == 1);
            Thread.sleep(2000);
            for (var change : duringA) {
                assertThat(count(nodeBReceived, change)).as("node B got %s once", change).isEqualTo(1);
            }
            for (var change : duringB) {
                assertThat(nodeAReceived.count(change)).as("node A got %s once", change).isEqualTo(1);
            }
            assertThat(count(nodeBReceived, before)).isEqualTo(1);
        } finally {
            Users.signOut();
        }
    }

    private DeskContactChanged save(String region, String name) {
        var version = contacts.find(region).map(c -> c.toDraft().version()).orElse(null);
        var saved = contacts.save(region, new DeskContactDraft(name, "Kepala Bidang", "Kesbangpol", "0812 1111 2222",
                "desk@example.go.id", version));
        return new DeskContactChanged(region, saved.version());
    }

    private static long count(List<Object> received, Object change) {
        return received.stream().filter(change::equals).count();
    }
}

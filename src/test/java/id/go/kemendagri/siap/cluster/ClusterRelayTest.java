package id.go.kemendagri.siap.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.leadership.HeadTenureChanged;
import id.go.kemendagri.siap.region.DeskContactChanged;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.support.Users;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay against the machine's Redis ({@code SIAP_TEST_REDIS_URL}, skipped when none answers), with this
 * context as one node and the test playing the other: a committed change goes to the outbox and to Redis with
 * its outbox id; another node's message arrives as the typed local event, once, without going back out; after
 * a lost connection the outbox rows of the other node are delivered.
 */
@SpringBootTest
@Import(ClusterEvents.Config.class)
class ClusterRelayTest {

    static final String PREFIX = "siap-test-" + UUID.randomUUID().toString().substring(0, 8);
    static RedisClient client;
    static StatefulRedisPubSubConnection<String, String> subscription;
    static final BlockingQueue<String> published = new LinkedBlockingQueue<>();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("siap.redis.url", ClusterEvents::testRedisUrl);
        registry.add("siap.redis.key-prefix", () -> PREFIX);
        registry.add("siap.redis.node-name", () -> "node-a");
    }

    @BeforeAll
    static void subscribe() {
        Assumptions.assumeTrue(ClusterEvents.reachable(ClusterEvents.testRedisUrl()),
                "no Redis at " + ClusterEvents.testRedisUrl());
        client = RedisClient.create(ClusterEvents.testRedisUrl());
        subscription = client.connectPubSub();
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                published.add(message);
            }
        });
        subscription.sync().subscribe(PREFIX + ":events");
    }

    @AfterAll
    static void close() {
        if (client != null) {
            subscription.close();
            client.shutdown();
        }
    }

    @Autowired
    DeskContactService contacts;
    @Autowired
    ClusterRelay relay;
    @Autowired
    ClusterEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void a_committed_change_is_in_the_outbox_and_sent_with_its_id_and_type() throws Exception {
        Users.staff("62");
        published.clear();
        var version = contacts.find("62.04").map(c -> c.toDraft().version()).orElse(null);

        var saved = contacts.save("62.04", new DeskContactDraft("Agus Salim", "Kepala Bidang", "Kesbangpol",
                "0812 1111 2222", "agus@example.go.id", version));

        var message = published.poll(5, TimeUnit.SECONDS);
        assertThat(message).isNotNull();
        var envelope = json.readValue(message, ClusterRelay.Envelope.class);
        assertThat(envelope.origin()).isEqualTo("node-a");
        assertThat(envelope.type()).isEqualTo(DeskContactChanged.class.getName());
        assertThat(json.readValue(envelope.change(), DeskContactChanged.class))
                .isEqualTo(new DeskContactChanged("62.04", saved.version()));
        assertThat(jdbc.queryForObject("select event_type from cluster_event where id = ?", String.class, envelope.id()))
                .isEqualTo(DeskContactChanged.class.getName());
    }

    @Test
    void another_nodes_change_arrives_typed_once_and_does_not_go_out_again() throws Exception {
        var change = new HeadTenureChanged("64.72", 4711, 3);
        var id = otherNodeWrites(change);
        var message = json.writeValueAsString(new ClusterRelay.Envelope(id, "node-b",
                HeadTenureChanged.class.getName(), json.writeValueAsString(change)));
        var rows = jdbc.queryForObject("select count(*) from cluster_event", Long.class);
        published.clear();

        publish(message);
        publish(message);

        await().atMost(Duration.ofSeconds(5)).until(() -> events.count(change) == 1);
        Thread.sleep(300);
        assertThat(events.count(change)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cluster_event", Long.class)).isEqualTo(rows);
        assertThat(published).allMatch(m -> m.equals(message));
    }

    @Test
    void after_a_lost_connection_the_other_nodes_changes_are_read_from_the_outbox() {
        relay.lost(new IllegalStateException("test: connection lost"));
        var change = new BudgetChanged("62.01");
        otherNodeWrites(change);

        relay.check();

        await().atMost(Duration.ofSeconds(5)).until(() -> events.count(change) == 1);
        relay.check();
        assertThat(events.count(change)).isEqualTo(1);
        assertThat(relay.connected()).isTrue();
    }

    @Test
    void only_the_applications_event_records_are_accepted_from_a_message() {
        assertThat(ClusterRelay.changeType(BudgetChanged.class.getName())).isEqualTo(BudgetChanged.class);
        assertThatThrownBy(() -> ClusterRelay.changeType("java.lang.ProcessBuilder"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterRelay.changeType("id.go.kemendagri.siap.base.RegionChange"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The outbox row another node writes with its change; its id. */
    private long otherNodeWrites(id.go.kemendagri.siap.base.RegionChange change) {
        jdbc.update("insert into cluster_event (origin_node, event_type, payload, created_at) values (?, ?, ?, current_timestamp)",
                "node-b", change.getClass().getName(), json.writeValueAsString(change));
        return jdbc.queryForObject("select max(id) from cluster_event where origin_node = 'node-b'", Long.class);
    }

    private static void publish(String message) {
        try (var connection = client.connect()) {
            connection.sync().publish(PREFIX + ":events", message);
        }
    }
}

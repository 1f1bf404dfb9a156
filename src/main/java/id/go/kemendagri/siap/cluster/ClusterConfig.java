package id.go.kemendagri.siap.cluster;

import java.net.InetAddress;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.StringUtils;
import org.springframework.util.backoff.FixedBackOff;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;

/**
 * The Redis connection of cluster mode, made here rather than by Spring Boot's Redis auto-configuration (which
 * the application does not include): without {@code siap.redis.url} no bean of this package exists. Commands
 * fail fast while Redis is away (rejected, not queued), Lettuce reconnects by itself, and the listener
 * container subscribes again; {@link ClusterRelay} catches up from the outbox.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusterMode.class)
class ClusterConfig {

    /** This node's name: configured, or the host name with a random suffix (a restarted node is a new node). */
    @Bean
    ClusterNode clusterNode(ClusterProperties properties) {
        if (StringUtils.hasText(properties.nodeName())) {
            return new ClusterNode(properties.nodeName());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return new ClusterNode(host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    LettuceConnectionFactory redisConnectionFactory(ClusterProperties properties) {
        var server = (RedisStandaloneConfiguration) LettuceConnectionFactory.createRedisConfiguration(properties.url());
        var options = ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
                .build();
        var client = LettuceClientConfiguration.builder().commandTimeout(properties.timeout()).clientOptions(options);
        if (properties.url().startsWith("rediss:")) {
            client.useSsl();
        }
        var factory = new LettuceConnectionFactory(server, client.build());
        // Connect on first use, not at start: a node starts (and serves) while Redis is away.
        factory.setEagerInitialization(false);
        return factory;
    }

    @Bean
    StringRedisTemplate clusterRedisTemplate(LettuceConnectionFactory factory) {
        return new StringRedisTemplate(factory);
    }

    @Bean
    RedisMessageListenerContainer clusterListenerContainer(LettuceConnectionFactory factory, ClusterRelay relay,
            ClusterPresence presence, ClusterProperties properties) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.setRecoveryBackoff(new FixedBackOff(1000, FixedBackOff.UNLIMITED_ATTEMPTS));
        container.addMessageListener(relay, new ChannelTopic(ClusterRelay.channel(properties)));
        container.addMessageListener(presence, new ChannelTopic(ClusterPresence.channel(properties)));
        // Started by ClusterSubscription, which does not fail the node's start while Redis is away.
        container.setAutoStartup(false);
        return container;
    }
}

package id.go.kemendagri.siap.cluster;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import id.go.kemendagri.siap.base.RegionChange;

/** Records every {@link RegionChange} published in the test's context, on any thread; and where Redis is. */
class ClusterEvents {

    final List<RegionChange> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RegionChange change) {
        received.add(change);
    }

    long count(RegionChange change) {
        return received.stream().filter(change::equals).count();
    }

    /** The machine's Redis for the tests: {@code SIAP_TEST_REDIS_URL}, by default {@code redis://127.0.0.1:6379}. */
    static String testRedisUrl() {
        var url = System.getenv("SIAP_TEST_REDIS_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    static boolean reachable(String url) {
        var uri = URI.create(url);
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        ClusterEvents clusterEvents() {
            return new ClusterEvents();
        }
    }
}

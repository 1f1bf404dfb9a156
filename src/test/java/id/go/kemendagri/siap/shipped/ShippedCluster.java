package id.go.kemendagri.siap.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two nodes of the production jar on one MySQL-protocol database (a throw-away database on the server the
 * tests use, {@code SIAP_TEST_DB_URL}, else MariaDB on 127.0.0.1:3306 as root) with Redis
 * ({@code SIAP_TEST_REDIS_URL}, else 127.0.0.1:6379), and Debian's HAProxy in front with the shipped
 * {@code deploy/haproxy.cfg}. Node 1 creates the administrator {@code admin}, node 2 {@code admin2}; no demo data.
 */
final class ShippedCluster implements AutoCloseable {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final Path HAPROXY_CONFIG = Path.of("deploy/haproxy.cfg");
    static final String PASSWORD = "Klaster-Uji-2026!";

    final String database;
    final Path folder;
    final List<Node> nodes = new ArrayList<>();
    private final String serverUrl;
    private final String dbUser;
    private final String dbPassword;
    private final boolean mariadb;
    private final String redisUrl;
    private Process haproxy;
    private int balancerPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One application node: its process, port and name ({@code node1}, {@code node2}, as in the HAProxy cookie). */
    record Node(String name, int port, Process process, Path log) {
    }

    static String testDbUrl() {
        var url = System.getenv("SIAP_TEST_DB_URL");
        return url != null && url.startsWith("jdbc:mysql:") ? url : "jdbc:mysql://127.0.0.1:3306/siap";
    }

    static String redisUrl() {
        var url = System.getenv("SIAP_TEST_REDIS_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    /** What is missing to run the cluster, or null. */
    static String missing() {
        if (!Files.isExecutable(HAPROXY)) {
            return "Debian's haproxy is missing (.ci/run installs it)";
        }
        var redis = URI.create(redisUrl());
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort()), 1000);
        } catch (IOException e) {
            return "no Redis at " + redisUrl();
        }
        try (var connection = serverConnection(serverOf(testDbUrl()), dbUser(), dbPassword())) {
            return null;
        } catch (SQLException e) {
            return "no MySQL-protocol database server at " + serverOf(testDbUrl()) + ": " + e.getMessage();
        }
    }

    static String dbUser() {
        var user = System.getenv("SIAP_TEST_DB_USER");
        return user == null || System.getenv("SIAP_TEST_DB_URL") == null ? "root" : user;
    }

    static String dbPassword() {
        var password = System.getenv("SIAP_TEST_DB_PASSWORD");
        return password == null || System.getenv("SIAP_TEST_DB_URL") == null ? "" : password;
    }

    /** {@code jdbc:mysql://host:port/db?x} without the database: {@code jdbc:mysql://host:port/}. */
    static String serverOf(String url) {
        var start = "jdbc:mysql://".length();
        var slash = url.indexOf('/', start);
        return (slash < 0 ? url : url.substring(0, slash)) + "/";
    }

    private static Connection serverConnection(String serverUrl, String user, String password) throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    ShippedCluster() {
        serverUrl = serverOf(testDbUrl());
        dbUser = dbUser();
        dbPassword = dbPassword();
        redisUrl = redisUrl();
        database = "siap_cluster_" + System.currentTimeMillis();
        try (var connection = serverConnection(serverUrl, dbUser, dbPassword); var statement = connection.createStatement()) {
            statement.execute("create database " + database + " character set utf8mb4");
            try (var version = statement.executeQuery("select version()")) {
                version.next();
                mariadb = version.getString(1).contains("MariaDB");
            }
            folder = Files.createDirectories(ShippedApp.TARGET.resolve("shipped").resolve("cluster-" + System.currentTimeMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the nodes one after the other (the first migrates the schema), then HAProxy; waits until all are ready. */
    void start() {
        var prefix = "siap-cluster-" + UUID.randomUUID().toString().substring(0, 8);
        nodes.add(startNode("node1", "admin", prefix));
        nodes.add(startNode("node2", "admin2", prefix));
        balancerPort = freePort();
        try {
            var builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", HAPROXY_CONFIG.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile());
            builder.environment().put("SIAP_LB_BIND", "127.0.0.1:" + balancerPort);
            builder.environment().put("SIAP_NODE1", "127.0.0.1:" + nodes.get(0).port());
            builder.environment().put("SIAP_NODE2", "127.0.0.1:" + nodes.get(1).port());
            haproxy = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var node : nodes) {
            awaitReady(url("/actuator/health/readiness"), "SIAPNODE=" + node.name(), null, Duration.ofSeconds(30));
        }
    }

    private Node startNode(String name, String admin, String prefix) {
        var port = freePort();
        try {
            var dir = Files.createDirectories(folder.resolve(name));
            var java = ProcessHandle.current().info().command().orElse("java");
            var log = dir.resolve("app.log");
            var builder = new ProcessBuilder(java, "-Xmx512m", "-jar", ShippedApp.productionJar().toAbsolutePath().toString())
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            var env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("SIAP_"));
            env.putAll(Map.of("PORT", String.valueOf(port),
                    "SPRING_PROFILES_ACTIVE", mariadb ? "mysql,mariadb" : "mysql",
                    "SIAP_DB_URL", serverUrl + database,
                    "SIAP_DB_USER", dbUser,
                    "SIAP_DB_PASSWORD", dbPassword,
                    "SIAP_ADMIN_USERNAME", admin,
                    "SIAP_ADMIN_PASSWORD", PASSWORD,
                    "SIAP_REDIS_URL", redisUrl,
                    "SIAP_REDIS_KEY_PREFIX", prefix,
                    "SIAP_REDIS_NODE_NAME", name));
            env.put("SIAP_STORAGE_DIR", folder.resolve("files").toAbsolutePath().toString());
            env.put("SIAP_DEMO", "false");
            var process = builder.start();
            var node = new Node(name, port, process, log);
            awaitReady("http://127.0.0.1:" + port + "/actuator/health/readiness", null, process, Duration.ofMinutes(5));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(String url, String cookie, Process process, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("A node stopped while starting; see " + folder);
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Chromium.pause(200);
        }
        throw new IllegalStateException(url + " not ready in " + timeout + "; see " + folder);
    }

    /** A path through HAProxy. */
    String url(String path) {
        return "http://127.0.0.1:" + balancerPort + path;
    }

    /** Kills a node as a crash would (no graceful shutdown). */
    void kill(Node node) {
        node.process().destroyForcibly();
        try {
            node.process().waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connection to the cluster's database. */
    Connection connection() throws SQLException {
        return serverConnection(serverUrl + database, dbUser, dbPassword);
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (var node : nodes) {
            node.process().destroy();
        }
        for (var node : nodes) {
            try {
                if (!node.process().waitFor(20, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (var connection = serverConnection(serverUrl, dbUser, dbPassword); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
        } catch (SQLException e) {
            System.err.println("Could not drop " + database + ": " + e.getMessage());
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

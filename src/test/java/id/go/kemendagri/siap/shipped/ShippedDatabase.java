package id.go.kemendagri.siap.shipped;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A throw-away database on the MySQL/MariaDB server the tests use (SIAP_TEST_DB_URL, or 127.0.0.1:3306 when run
 * by hand) for one production jar started by a test: created empty, dropped on {@link #close()}. A server that
 * cannot be reached fails the test where SIAP_TEST_DB_URL names it (the CI run) and skips it elsewhere.
 */
record ShippedDatabase(String serverUrl, String name, String user, String password, boolean mariadb)
        implements AutoCloseable {

    static ShippedDatabase create(String prefix) {
        var serverUrl = ShippedCluster.serverOf(ShippedCluster.testDbUrl());
        var user = ShippedCluster.dbUser();
        var password = ShippedCluster.dbPassword();
        var name = prefix + "_" + System.currentTimeMillis();
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name + " character set utf8mb4");
            try (var version = statement.executeQuery("select version()")) {
                version.next();
                return new ShippedDatabase(serverUrl, name, user, password, version.getString(1).contains("MariaDB"));
            }
        } catch (SQLException e) {
            if (System.getenv("SIAP_TEST_DB_URL") != null) {
                throw new AssertionError("SIAP_TEST_DB_URL names a database server that cannot be reached", e);
            }
            throw new org.opentest4j.TestAbortedException("no MySQL-protocol database server at " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }

    /** The JDBC URL of this database, straight to the server. */
    String url() {
        return serverUrl + name;
    }

    /** The server's host and port, for a relay in front of it. */
    java.net.URI address() {
        return java.net.URI.create(serverUrl.substring("jdbc:".length()));
    }

    /**
     * The environment of a production jar on this database reached through {@code url}: no demo data, one
     * administrator {@code admin} with {@code adminPassword}, files under {@code files}.
     */
    Map<String, String> env(String url, Path files, String adminPassword) {
        var env = new HashMap<String, String>();
        env.put("SPRING_PROFILES_ACTIVE", mariadb ? "mysql,mariadb" : "mysql");
        env.put("SIAP_DEMO", "false");
        env.put("SIAP_DB_URL", url);
        env.put("SIAP_DB_USER", user);
        env.put("SIAP_DB_PASSWORD", password);
        env.put("SIAP_STORAGE_DIR", files.toAbsolutePath().toString());
        env.put("SIAP_ADMIN_USERNAME", "admin");
        env.put("SIAP_ADMIN_PASSWORD", adminPassword);
        return env;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** The first column of the first row of {@code sql}, as a number. */
    long count(String sql) throws SQLException {
        try (var connection = connect(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
        }
    }
}

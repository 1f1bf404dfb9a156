package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The backup and restore an operator runs ({@code deploy/backup.sh}, {@code deploy/restore.sh}, described in
 * docs/deployment.md), on the production jar's own data: back up, change data and files, restore, and the
 * database (every row of every table) and the file store are as they were; the application starts on the
 * restored data. On MySQL/MariaDB (the server the tests use) the first backup is taken while the application
 * runs; on the embedded H2 with the demo data the application is stopped first, as the procedure says. Prints
 * how long backup and restore took.
 */
class BackupRestoreShippedIT {

    private static final Path BACKUP = Path.of("deploy/backup.sh");
    private static final Path RESTORE = Path.of("deploy/restore.sh");

    @Test
    void a_mysql_backup_taken_while_the_application_runs_restores_the_database_and_the_files_as_they_were() throws Exception {
        assumeTrue(onPath("mysqldump") || onPath("mariadb-dump"), "mysqldump is not installed");
        assumeTrue(onPath("mysql") || onPath("mariadb"), "the mysql client is not installed");
        var serverUrl = ShippedCluster.serverOf(ShippedCluster.testDbUrl());
        var user = ShippedCluster.dbUser();
        var password = ShippedCluster.dbPassword();
        boolean mariadb;
        var database = "siap_backup_" + System.currentTimeMillis();
        try (var connection = DriverManager.getConnection(serverUrl, user, password); var statement = connection.createStatement()) {
            statement.execute("create database " + database + " character set utf8mb4");
            try (var version = statement.executeQuery("select version()")) {
                version.next();
                mariadb = version.getString(1).contains("MariaDB");
            }
        } catch (SQLException e) {
            // Skipped only where no database was named; with SIAP_TEST_DB_URL set (the CI run) it must be there.
            if (System.getenv("SIAP_TEST_DB_URL") != null) {
                throw new AssertionError("SIAP_TEST_DB_URL names a database server that cannot be reached", e);
            }
            throw new org.opentest4j.TestAbortedException("no MySQL-protocol database server at " + serverUrl + ": "
                    + e.getMessage(), e);
        }
        var folder = Files.createDirectories(ShippedApp.TARGET.resolve("shipped").resolve("backup-mysql-" + System.currentTimeMillis()));
        var files = folder.resolve("files");
        var env = new TreeMap<>(Map.of("SIAP_DB_URL", serverUrl + database, "SIAP_DB_USER", user, "SIAP_DB_PASSWORD", password,
                "SIAP_STORAGE_DIR", files.toAbsolutePath().toString()));
        var appEnv = new TreeMap<>(env);
        appEnv.putAll(Map.of("SPRING_PROFILES_ACTIVE", mariadb ? "mysql,mariadb" : "mysql", "SIAP_DEMO", "false",
                "SIAP_ADMIN_USERNAME", "admin", "SIAP_ADMIN_PASSWORD", "Cadangan-Uji-2026!"));
        try {
            storeFile(files, "Berita acara rapat koordinasi");
            storeFile(files, "SK Desk Pilkada Kabupaten Seruyan");
            var app = ShippedJar.start(folder, "app-1.log", appEnv);
            try {
                var online = run(folder, env, BACKUP.toAbsolutePath().toString(), folder.resolve("online").toString());
                assertThat(online.exit()).as("online backup: %s", online.output()).isZero();
                assertThat(folder.resolve("online/database.sql.gz")).exists();
            } finally {
                app.stop();
            }
            try (var connection = DriverManager.getConnection(serverUrl + database, user, password)) {
                var before = fingerprint(connection);
                var filesBefore = fileHashes(files);
                assertThat(before.get("region")).as("the official regions are in the database").contains("552 rows");

                var backup = run(folder, env, BACKUP.toAbsolutePath().toString(), folder.resolve("backup").toString());
                assertThat(backup.exit()).as("backup: %s", backup.output()).isZero();
                System.out.printf("Backup of MySQL/MariaDB (%s): %s%n", tableSizes(before), backup.seconds());

                change(connection);
                changeFiles(files);
                assertThat(fingerprint(connection)).isNotEqualTo(before);

                var refused = run(folder, env, RESTORE.toAbsolutePath().toString(), folder.resolve("backup").toString());
                assertThat(refused.exit()).as("without --yes nothing is replaced").isNotZero();
                var restore = run(folder, env, RESTORE.toAbsolutePath().toString(), folder.resolve("backup").toString(), "--yes");
                assertThat(restore.exit()).as("restore: %s", restore.output()).isZero();
                System.out.printf("Restore of MySQL/MariaDB: %s%n", restore.seconds());

                assertThat(fingerprint(connection)).isEqualTo(before);
                assertThat(fileHashes(files)).isEqualTo(filesBefore);
            }
            ShippedJar.start(folder, "app-2.log", appEnv).stop();
        } finally {
            try (var connection = DriverManager.getConnection(serverUrl, user, password); var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database);
            }
        }
    }

    @Test
    void an_h2_backup_of_the_demo_data_restores_the_database_and_the_files_as_they_were() throws Exception {
        var folder = Files.createDirectories(ShippedApp.TARGET.resolve("shipped").resolve("backup-h2-" + System.currentTimeMillis()))
                .toAbsolutePath();
        var files = folder.resolve("files");
        var url = "jdbc:h2:file:" + folder.resolve("db/siap") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        var env = new TreeMap<>(Map.of("SIAP_DB_URL", url, "SIAP_STORAGE_DIR", files.toString(),
                "SIAP_JAR", ShippedApp.productionJar().toAbsolutePath().toString()));
        var appEnv = new TreeMap<>(env);
        appEnv.put("SIAP_DEMO", "true");
        storeFile(files, "Laporan triwulan Pj Bupati");
        ShippedJar.start(folder, "app-1.log", appEnv).stop();

        Map<String, String> before;
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            before = fingerprint(connection);
        }
        var filesBefore = fileHashes(files);
        var backup = run(folder, env, BACKUP.toAbsolutePath().toString(), folder.resolve("backup").toString());
        assertThat(backup.exit()).as("backup: %s", backup.output()).isZero();
        System.out.printf("Backup of H2 with the demo data (%s): %s%n", tableSizes(before), backup.seconds());
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            change(connection);
            assertThat(fingerprint(connection)).isNotEqualTo(before);
        }
        changeFiles(files);

        var restore = run(folder, env, RESTORE.toAbsolutePath().toString(), folder.resolve("backup").toString(), "--yes");
        assertThat(restore.exit()).as("restore: %s", restore.output()).isZero();
        System.out.printf("Restore of H2 with the demo data: %s%n", restore.seconds());
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(fingerprint(connection)).isEqualTo(before);
        }
        assertThat(fileHashes(files)).isEqualTo(filesBefore);
        ShippedJar.start(folder, "app-2.log", appEnv).stop();
    }

    /** Every table: its rows, and a hash of all its rows in a fixed order (so any changed value shows). */
    static Map<String, String> fingerprint(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                var schema = rs.getString("TABLE_SCHEM");
                if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        var result = new TreeMap<String, String>();
        for (var table : tables) {
            var rows = new ArrayList<String>();
            try (var statement = connection.createStatement(); var rs = statement.executeQuery("select * from " + table)) {
                var columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var row = new StringBuilder();
                    for (var i = 1; i <= columns; i++) {
                        var value = rs.getObject(i);
                        row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value)).append('\u0001');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            result.put(table.toLowerCase(java.util.Locale.ROOT), rows.size() + " rows, " + sha256(String.join("\n", rows)));
        }
        return result;
    }

    /** What an operator's mistake or a bad import would do: rows changed, removed and added. */
    private static void change(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("update region set name = concat(name, ' (diubah)') where code = '62.07'");
            statement.executeUpdate("delete from checklist_item where id = (select id from (select min(id) id from checklist_item) x)");
            statement.executeUpdate("insert into national_holiday (holiday_date, name, collective_leave) values ('2031-01-01', 'Tahun Baru uji', false)");
        }
    }

    private static void changeFiles(Path files) throws IOException {
        try (var stored = Files.walk(files)) {
            var first = stored.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            Files.delete(first);
        }
        storeFile(files, "Berkas yang datang sesudah cadangan");
    }

    /** Keeps a file as the application does: under its SHA-256, in a folder named by the first two characters. */
    private static void storeFile(Path files, String text) throws IOException {
        var content = ("%PDF-1.4\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        var sha = sha256(content);
        var target = files.resolve(sha.substring(0, 2)).resolve(sha);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    private static Map<String, String> fileHashes(Path files) throws IOException {
        var result = new TreeMap<String, String>();
        try (Stream<Path> stored = Files.walk(files)) {
            for (var file : stored.filter(Files::isRegularFile).toList()) {
                result.put(files.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return result;
    }

    private static String tableSizes(Map<String, String> fingerprint) {
        var rows = fingerprint.values().stream().mapToLong(value -> Long.parseLong(value.substring(0, value.indexOf(' ')))).sum();
        return fingerprint.size() + " tables, " + rows + " rows";
    }

    record Run(int exit, String output, String seconds) {
    }

    private static Run run(Path folder, Map<String, String> env, String... command) throws IOException, InterruptedException {
        var log = Files.createTempFile(folder, "script", ".log");
        var builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SIAP_") || key.startsWith("SPRING_"));
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString());
        var started = System.nanoTime();
        var process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
        var seconds = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
        return new Run(process.exitValue(), Files.readString(log), seconds);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        if (!Files.isRegularFile(BACKUP) || !Files.isRegularFile(RESTORE)) {
            throw new UncheckedIOException(new IOException("run from the project folder: deploy/backup.sh is missing"));
        }
    }
}

package id.go.kemendagri.siap.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One production jar as an operator runs it, with the environment given (nothing of the test run's own
 * {@code SIAP_*}/{@code SPRING_*}): started until ready, stopped gracefully or killed.
 */
record ShippedJar(Process process, int port, Path log) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Starts the jar in {@code folder} and waits until it answers ready (at most five minutes). */
    static ShippedJar start(Path folder, String logName, Map<String, String> env) throws IOException {
        var port = freePort();
        var log = folder.resolve(logName);
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xmx768m", "-jar", ShippedApp.productionJar().toAbsolutePath().toString())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SIAP_") || key.startsWith("SPRING_"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        var process = builder.start();
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application keeps running; see %s", log).isTrue();
            try {
                var answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return new ShippedJar(process, port, log);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Chromium.pause(500);
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not become ready; see " + log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Stops the application as an operator would (SIGTERM, a graceful shutdown). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills the process at once ({@code kill -9}: no shutdown hook, no graceful close). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

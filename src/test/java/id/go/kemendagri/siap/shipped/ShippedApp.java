package id.go.kemendagri.siap.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The production jar, as users get it ({@code ./mvnw -Pproduction package}), started once per test JVM in a
 * fresh folder under {@code target/shipped/} on the embedded database with demo data, as a new user would run
 * it. While it starts, what {@code /login} answers is recorded ({@link #startup()}), so that a test can show
 * that nobody is let in before the demo data is written. The process is stopped when the JVM ends; its log is
 * {@code target/shipped/run-.../app.log}.
 */
final class ShippedApp {

    /** One answer of the server while it started. */
    record Answer(long atMillis, int status, boolean startingPage) {
    }

    /** What the server answered while starting, and what a sign-in right after it became ready got. */
    record Startup(List<Answer> answers, int signInWhileStarting, String signInAfterReady, long readyAfterMillis) {
    }

    static final Path TARGET = Path.of(System.getProperty("siap.target", "target"));
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");
    private static ShippedApp running;

    private final Process process;
    private final int port;
    private final Path folder;
    private final Startup startup;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    static synchronized ShippedApp get() {
        if (running == null) {
            running = new ShippedApp();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "stop-shipped-app"));
        }
        return running;
    }

    private ShippedApp() {
        var jar = productionJar();
        try {
            port = freePort();
            folder = Files.createDirectories(TARGET.resolve("shipped").resolve("run-" + System.currentTimeMillis()));
            var java = ProcessHandle.current().info().command().orElse("java");
            var builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString())
                    .directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("app.log").toFile());
            var env = builder.environment();
            // The embedded default with demo data, whatever the test run itself points at (CI names MariaDB).
            env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SIAP_"));
            env.put("PORT", String.valueOf(port));
            env.put("SIAP_DEMO", "true");
            env.put("SIAP_METRICS_TOKEN", "shipped-scrape-token");
            process = builder.start();
            startup = watchStartup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Startup startup() {
        return startup;
    }

    Path folder() {
        return folder;
    }

    HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The jar this build made; refuses a development jar, which is not what users get. */
    static Path productionJar() {
        var jar = Path.of(System.getProperty("siap.jar", ""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at '" + jar + "': run `./mvnw -Pproduction verify`");
        }
        try (var zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            var production = info != null
                    && new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8)
                            .replace(" ", "").contains("\"productionMode\":true");
            var devServer = zip.stream().anyMatch(entry -> entry.getName().contains("vaadin-dev-server"));
            if (!production || devServer) {
                throw new IllegalStateException(jar + " is a development jar: run `./mvnw -Pproduction verify`");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /**
     * Polls {@code /login} every 100 ms from the moment the process starts until it serves the sign-in page,
     * tries to sign in once while it is starting, and signs in through the form the moment it is ready.
     */
    private Startup watchStartup() {
        var started = System.nanoTime();
        var answers = new ArrayList<Answer>();
        var signInWhileStarting = -1;
        var deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar stopped while starting; see " + folder.resolve("app.log"));
            }
            var at = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            try {
                var page = get("/login");
                answers.add(new Answer(at, page.statusCode(), page.body().contains("SIAP Pilkada sedang disiapkan")));
                if (page.statusCode() == 503 && signInWhileStarting < 0) {
                    signInWhileStarting = signIn("admin", "admin", null).statusCode();
                }
                if (page.statusCode() == 200) {
                    var signedIn = signIn("evaluator", "evaluator", page);
                    var where = signedIn.headers().firstValue("Location").orElse("status " + signedIn.statusCode());
                    return new Startup(Collections.unmodifiableList(answers), signInWhileStarting, where, at);
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof ConnectException)) {
                    answers.add(new Answer(at, -1, false));
                }
            }
            sleep(100);
        }
        throw new IllegalStateException("The production jar did not become ready in 5 minutes; see " + folder.resolve("app.log"));
    }

    private HttpResponse<String> signIn(String username, String password, HttpResponse<String> page) {
        var form = "username=" + username + "&password=" + password;
        var cookie = "";
        if (page != null) {
            cookie = page.headers().firstValue("Set-Cookie").map(value -> value.split(";")[0]).orElse("");
            var token = CSRF.matcher(page.body());
            if (token.find()) {
                form += "&_csrf=" + token.group(1);
            }
        }
        var request = HttpRequest.newBuilder(URI.create(url("/login"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

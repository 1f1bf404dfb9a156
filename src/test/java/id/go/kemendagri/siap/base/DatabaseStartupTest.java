package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.kemendagri.siap.Application;
import id.go.kemendagri.siap.support.TcpRelay;

/**
 * The database down when the application starts (issue 24): one clear log line per attempt and a start as soon
 * as it answers, or, when it never does, a short explanation instead of a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

    @Test
    void a_database_that_never_answers_ends_the_start_with_an_explanation_not_a_stack_trace(CapturedOutput output)
            throws Exception {
        try (var relay = new TcpRelay("127.0.0.1", 9)) {
            relay.cut();
            assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run("--server.port=0",
                    "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + relay.port() + "/nothing",
                    "--siap.database.startup-wait=3s", "--siap.database.startup-retry=1s").close())
                    .hasRootCauseInstanceOf(DatabaseStartup.GaveUp.class);
        }
        assertThat(output).contains("does not answer (attempt 1)").contains("does not answer (attempt 2)")
                .contains("APPLICATION FAILED TO START").contains("raise siap.database.startup-wait")
                .doesNotContain("Exception during pool initialization");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SIAP_TEST_DB_URL", matches = "jdbc:mysql:.*")
    void a_database_that_refuses_the_account_ends_the_start_at_once(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + System.getenv("SIAP_TEST_DB_URL"),
                "--spring.datasource.username=no-such-user-" + System.nanoTime(), "--spring.datasource.password=wrong",
                "--siap.database.startup-wait=10m", "--siap.database.startup-retry=1s").close())
                .hasRootCauseInstanceOf(DatabaseStartup.GaveUp.class)
                .rootCause().hasMessageContaining("refused the connection");
        assertThat(output).doesNotContain("does not answer (attempt 1)");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SIAP_TEST_DB_URL", matches = "jdbc:mysql:.*")
    void the_start_waits_for_a_database_that_comes_up_and_goes_on_without_a_restart(CapturedOutput output)
            throws Exception {
        var target = URI.create(System.getenv("SIAP_TEST_DB_URL").substring("jdbc:".length()));
        try (var relay = new TcpRelay(target.getHost(), target.getPort() < 0 ? 3306 : target.getPort())) {
            relay.cut();
            var started = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0", "--spring.profiles.active=mysql",
                    "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + relay.port() + target.getRawPath(),
                    "--spring.datasource.username=" + System.getenv().getOrDefault("SIAP_TEST_DB_USER", "root"),
                    "--spring.datasource.password=" + System.getenv().getOrDefault("SIAP_TEST_DB_PASSWORD", ""),
                    "--siap.database.startup-wait=2m", "--siap.database.startup-retry=1s"));
            var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!output.getOut().contains("does not answer (attempt 2)") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(started).isNotDone();

            relay.restore();
            try (ConfigurableApplicationContext context = started.get(2, TimeUnit.MINUTES)) {
                assertThat(context.isRunning()).isTrue();
            }
        }
        assertThat(output).contains("does not answer (attempt 1)").contains("answers after")
                .doesNotContain("Exception during pool initialization");
    }
}

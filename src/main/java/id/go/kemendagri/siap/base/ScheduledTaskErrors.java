package id.go.kemendagri.siap.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * How a scheduled task that fails is logged (notification digests, purges, the file store check, cluster
 * heartbeats): while the database is out of reach, one WARN line per run saying so, instead of a stack trace
 * every few seconds that buries the operator's log (docs/reliability.md); anything else in full, as before.
 * The task runs again at its next time either way.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledTaskErrors {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

    static final ErrorHandler HANDLER = error -> {
        if (DatabaseTrouble.isCause(error)) {
            log.warn("A scheduled task did not run, the database is out of reach: {}", DatabaseTrouble.summary(error));
        } else {
            log.error("Unexpected error in a scheduled task", error);
        }
    };

    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledTaskErrorsOnThreadPool() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledTaskErrorsOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }
}

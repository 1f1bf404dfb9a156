package id.go.kemendagri.siap.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import id.go.kemendagri.siap.security.ApiCallLog;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Keeps the API call log to its retention: every night, on one node of the cluster, calls older than it are deleted. */
@Configuration
@EnableScheduling
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiCallPurge {

    private static final Logger log = LoggerFactory.getLogger(ApiCallPurge.class);

    private final ApiCallLog calls;
    private final ApiProperties properties;

    @Scheduled(cron = "0 15 2 * * *", zone = "Asia/Jakarta")
    @SchedulerLock(name = "api-call-purge", lockAtMostFor = "PT30M")
    public void purge() {
        var deleted = calls.purge(properties.logRetention());
        if (deleted > 0) {
            log.info("API call log: {} calls older than {} deleted", deleted, properties.logRetention());
        }
    }
}

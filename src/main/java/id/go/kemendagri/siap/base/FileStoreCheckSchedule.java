package id.go.kemendagri.siap.base;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The file store check every night ({@code siap.storage.check-cron}, 02:30; on one node of a cluster), its result
 * in the log; {@code siap.storage.check-schedule=false} turns it off. On demand: {@code GET /actuator/filestore}
 * (the administrator or the metrics token) answers the same report as JSON.
 */
@Configuration
@EnableScheduling
class FileStoreCheckSchedule {

    @Bean
    @ConditionalOnProperty(name = "siap.storage.check-schedule", havingValue = "true", matchIfMissing = true)
    Nightly fileStoreCheckNightly(FileStoreCheck check) {
        return new Nightly(check);
    }

    @Bean
    Actuator fileStoreCheckEndpoint(FileStoreCheck check) {
        return new Actuator(check);
    }

    /** The nightly run. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Nightly {
        private final FileStoreCheck check;

        @Scheduled(cron = "${siap.storage.check-cron:0 30 2 * * *}")
        @SchedulerLock(name = "file-store-check", lockAtMostFor = "PT2H")
        void run() {
            check.check();
        }
    }

    /** {@code /actuator/filestore}. */
    @Endpoint(id = "filestore")
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Actuator {
        private final FileStoreCheck check;

        @ReadOperation
        public FileStoreCheck.Report check() {
            return check.check();
        }
    }
}

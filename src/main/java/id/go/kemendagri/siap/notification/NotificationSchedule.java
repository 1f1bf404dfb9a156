package id.go.kemendagri.siap.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The notification work that runs by itself, each task on one node of the cluster at a time (ShedLock on the
 * database table {@code shedlock}, set up by {@code cluster.ClusterScheduling}): sending the outbox (every {@code siap.notification.send-interval}, 15 s), the
 * digests (every five minutes) and the deadline scan (two minutes after start, then hourly). {@code siap.notification.schedule=false} turns it off
 * (tests run the steps themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "siap.notification.schedule", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationSchedule {

    private final MailDelivery delivery;
    private final DeadlineScan scan;

    @Scheduled(fixedDelayString = "${siap.notification.send-interval:15s}", initialDelayString = "30s")
    @SchedulerLock(name = "notification-mail-send", lockAtMostFor = "PT5M")
    void send() {
        delivery.sendDue();
    }

    @Scheduled(cron = "0 */5 * * * *")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT4M")
    void digests() {
        delivery.queueDigests();
    }

    @Scheduled(initialDelayString = "${siap.notification.scan-delay:2m}", fixedDelayString = "${siap.notification.scan-interval:1h}")
    @SchedulerLock(name = "notification-deadline-scan", lockAtMostFor = "PT30M")
    void deadlines() {
        scan.scan();
    }
}

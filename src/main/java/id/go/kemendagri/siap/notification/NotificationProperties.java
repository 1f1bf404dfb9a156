package id.go.kemendagri.siap.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code siap.notification.*}: reminders {@code reminder-days} before a deadline (7 and 1) and every
 * {@code overdue-every-days} once it has passed (7); e-mail sender and the public address for links; retries of
 * failed mails ({@code max-attempts}, back-off from {@code first-retry} doubling up to {@code max-retry}); the
 * digest hour for users who chose none.
 */
@ConfigurationProperties("siap.notification")
public record NotificationProperties(@DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue("7") int overdueEveryDays,
        @DefaultValue("SIAP Pilkada <noreply@siap-pilkada.kemendagri.go.id>") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration maxRetry,
        @DefaultValue("7") int defaultDigestHour,
        @DefaultValue("100") int sendBatch) {
}

package id.go.kemendagri.siap.notification;

import java.time.Instant;

/**
 * One line of the delivery log: a notification in an inbox ({@code channel} INBOX: state SENT once delivered, with
 * whether it was read) or an e-mail ({@code channel} EMAIL) with its state, attempts and last error.
 */
public record DeliveryEntry(String channel, long id, String recipient, NotificationKind kind, String subject,
        DeliveryState state, int attempts, String lastError, Instant createdAt, Instant doneAt, String address) {
}

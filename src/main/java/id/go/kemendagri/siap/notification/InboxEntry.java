package id.go.kemendagri.siap.notification;

import java.time.Instant;

/** A notification as the inbox shows it: its text in the reader's language and the route it points at. */
public record InboxEntry(long id, NotificationKind kind, String text, String link, String regionCode,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

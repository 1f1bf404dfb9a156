package id.go.kemendagri.siap.notification;

import id.go.kemendagri.siap.base.RegionChange;

/**
 * A user's inbox changed (a notification arrived, or some were marked read) and was committed; the bell and the
 * inbox of that user redraw. {@code regionCode} is the region the notification is about ({@code ""} for none).
 */
public record NotificationsChanged(String regionCode, String recipient) implements RegionChange {
}

/**
 * Notifications: the inbox (bell, {@code /kotak-masuk}), e-mail through an outbox table (immediately, daily digest
 * or off, per user and kind), deadline reminders and the delivery log (docs/notifications.md).
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "budget", "checklist", "comment", "followup", "leadership", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.notification;

import org.springframework.modulith.ApplicationModule;

package id.go.kemendagri.siap.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.notification.domain.MailOutbox;
import id.go.kemendagri.siap.notification.domain.MailOutboxRepository;
import id.go.kemendagri.siap.notification.domain.NotificationRepository;
import id.go.kemendagri.siap.notification.domain.NotificationSetting;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.UserDirectory;
import jakarta.mail.SendFailedException;

/**
 * Sends the outbox and builds the daily digests. Each mail is rendered when sent, sent, and then marked SENT in a
 * transaction of its own; a failure leaves it FAILED with its error and the time of the next attempt (back-off
 * doubling from {@code first-retry} up to {@code max-retry}, {@code max-attempts} in all); a recipient the server
 * refuses is BOUNCED and not retried. While the SMTP server is down nothing is lost: the rows wait in the table.
 * The schedule ({@link NotificationSchedule}) runs this on one node of the cluster at a time (ShedLock).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final RegionAccess access;
    private final MailOutboxRepository outbox;
    private final NotificationRepository notifications;
    private final NotificationService service;
    private final UserDirectory directory;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** Sends every mail that is due now; returns how many were sent. Nothing without SMTP settings. */
    public int sendDue() {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var due = outbox.findDue(clock.instant(), PageRequest.of(0, properties.sendBatch()));
        var sent = 0;
        for (var id : due) {
            if (send(sender, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, long id) {
        var prepared = transactions.execute(status -> {
            var row = outbox.findById(id).orElse(null);
            if (row == null || row.getState() == DeliveryState.SENT || row.getState() == DeliveryState.BOUNCED) {
                return null;
            }
            var person = directory.find(row.getRecipient());
            var setting = service.setting(row.getRecipient());
            var items = notifications.findAllById(row.getNotificationIds());
            var rendered = composer.render(row.getRecipient(), person.map(UserDirectory.Person::fullName)
                    .orElse(row.getRecipient()), NotificationTexts.locale(row.getLocale()), row.getKind() == null,
                    items, setting.getLinkKey());
            return new Prepared(row.getAddress(), row.getDedupKey(), rendered);
        });
        if (prepared == null) {
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(prepared.address());
            helper.setSubject(prepared.rendered().subject());
            helper.setText(prepared.rendered().text(), prepared.rendered().html());
            if (prepared.rendered().unsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + prepared.rendered().unsubscribe() + ">");
            }
            message.setHeader("X-SIAP-Outbox", prepared.dedupKey());
            sender.send(message);
            transactions.executeWithoutResult(status -> outbox.findById(id)
                    .ifPresent(row -> row.sent(prepared.rendered().subject(), clock.instant())));
            return true;
        } catch (MailException | jakarta.mail.MessagingException e) {
            var error = describe(e);
            var bounced = refused(e);
            log.info("Mail {} not sent ({}): {}", id, bounced ? "bounced" : "will retry", error);
            transactions.executeWithoutResult(status -> outbox.findById(id).ifPresent(row -> {
                if (bounced) {
                    row.bounced(error);
                } else {
                    row.failed(error, row.getAttempts() + 1 >= properties.maxAttempts() ? null
                            : clock.instant().plus(backoff(row.getAttempts() + 1)));
                }
            }));
            return false;
        }
    }

    /** The wait after the n-th failed attempt: first-retry, doubling, at most max-retry. */
    Duration backoff(int attempt) {
        var wait = properties.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }

    /** The server refused a recipient (5xx for the address): retrying would not help. */
    private static boolean refused(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (var nested : send.getFailedMessages().values()) {
                    if (refused(nested)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder();
        for (var cause = e; cause != null && text.length() < 900; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text.toString();
    }

    /**
     * Puts one digest per user into the outbox once the user's digest hour has come (WIB) and they have
     * notifications waiting for it: at most one digest per user and day (the outbox key says which day).
     */
    public int queueDigests() {
        if (mail.getIfAvailable() == null) {
            return 0;
        }
        var now = clock.instant().atZone(Formats.WIB);
        var queued = 0;
        for (var recipient : notifications.recipientsWithDigest()) {
            Boolean done = transactions.execute(status -> digest(recipient, now.toLocalDate(), now.getHour()));
            if (Boolean.TRUE.equals(done)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean digest(String recipient, LocalDate day, int hour) {
        var setting = service.findSetting(recipient);
        var waiting = notifications.findByRecipientAndMailStateOrderByCreatedAtAscIdAsc(recipient, NotificationService.DIGEST);
        if (waiting.isEmpty()) {
            return false;
        }
        var address = setting.map(NotificationSetting::getEmail).orElse(null);
        if (address == null) {
            waiting.forEach(n -> n.setMailState(NotificationService.NONE));
            return false;
        }
        var key = "digest:" + recipient + ":" + day;
        if (hour < setting.get().getDigestHour() || outbox.existsByDedupKey(key)) {
            return false;
        }
        var locale = NotificationTexts.locale(directory.find(recipient).map(UserDirectory.Person::locale).orElse("id"));
        var ids = new LinkedHashSet<Long>();
        waiting.forEach(n -> ids.add(n.getId()));
        outbox.save(new MailOutbox(key, recipient, address, null, locale.getLanguage(),
                NotificationTexts.get(locale, "mail.subject.digest", ids.size()), clock.instant(), ids));
        waiting.forEach(n -> n.setMailState(NotificationService.DIGESTED));
        return true;
    }

    /** The delivery log: inbox notifications and e-mails, newest first, filtered (null: any). */
    public List<DeliveryEntry> log(String channel, String recipient, DeliveryState state, int limit) {
        if (access.currentUser().role() != id.go.kemendagri.siap.security.Role.ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException("Only administrators read the delivery log");
        }
        return transactions.execute(status -> {
            var entries = new java.util.ArrayList<DeliveryEntry>();
            var who = recipient == null || recipient.isBlank() ? null : recipient.strip();
            if (channel == null || "EMAIL".equals(channel)) {
                outbox.search(who, state, PageRequest.of(0, limit)).forEach(m -> entries.add(new DeliveryEntry("EMAIL",
                        m.getId(), m.getRecipient(), m.getKind(), m.getSubject(), m.getState(), m.getAttempts(),
                        m.getLastError(), m.getCreatedAt(), m.getSentAt(), m.getAddress())));
            }
            if ((channel == null || "INBOX".equals(channel)) && (state == null || state == DeliveryState.SENT)) {
                notifications.search(who, null, PageRequest.of(0, limit)).forEach(n -> entries.add(new DeliveryEntry(
                        "INBOX", n.getId(), n.getRecipient(), n.getKind(), n.getEventKey(), DeliveryState.SENT, 1, null,
                        n.getCreatedAt(), n.getReadAt(), null)));
            }
            entries.sort(java.util.Comparator.comparing(DeliveryEntry::createdAt).reversed());
            return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
        });
    }

    private record Prepared(String address, String dedupKey, MailComposer.Rendered rendered) {
    }
}

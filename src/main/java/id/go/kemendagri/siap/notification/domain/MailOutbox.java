package id.go.kemendagri.siap.notification.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.go.kemendagri.siap.notification.DeliveryState;
import id.go.kemendagri.siap.notification.NotificationKind;
import lombok.Getter;

/**
 * One e-mail to send: one notification (immediately) or several (the digest). {@code dedupKey} is unique, so one
 * event or one day's digest never becomes two mails. Rendered when sent, in the recipient's language.
 */
@Entity
@Table(name = "mail_outbox")
@Getter
public class MailOutbox extends VersionedRecord {

    private String dedupKey;
    private String recipient;
    private String address;
    /** The kind, or null for a digest of several kinds. */
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String locale;
    private String subject;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_outbox_item", joinColumns = @JoinColumn(name = "outbox_id"))
    @Column(name = "notification_id")
    private Set<Long> notificationIds = new LinkedHashSet<>();

    protected MailOutbox() {
    }

    public MailOutbox(String dedupKey, String recipient, String address, NotificationKind kind, String locale,
            String subject, Instant createdAt, Set<Long> notificationIds) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.address = address;
        this.kind = kind;
        this.locale = locale;
        this.subject = subject;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        this.state = DeliveryState.QUEUED;
        this.notificationIds = new LinkedHashSet<>(notificationIds);
    }

    public void sent(String subject, Instant at) {
        this.subject = subject;
        this.attempts++;
        this.state = DeliveryState.SENT;
        this.sentAt = at;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** A failed attempt: retried at {@code next}, or given up when {@code next} is null. */
    public void failed(String error, Instant next) {
        this.attempts++;
        this.state = DeliveryState.FAILED;
        this.lastError = error;
        this.nextAttemptAt = next;
    }

    public void bounced(String error) {
        this.attempts++;
        this.state = DeliveryState.BOUNCED;
        this.lastError = error;
        this.nextAttemptAt = null;
    }
}

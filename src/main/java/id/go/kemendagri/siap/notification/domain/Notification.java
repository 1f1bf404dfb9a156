package id.go.kemendagri.siap.notification.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.go.kemendagri.siap.notification.NotificationKind;
import lombok.Getter;
import lombok.Setter;

/**
 * One notification in one user's inbox. {@code args} are the message's values, one per line; {@code mailState}:
 * NONE (no mail), QUEUED (in the outbox), DIGEST (waiting for the daily digest), DIGESTED.
 */
@Entity
@Table(name = "notification")
@Getter
public class Notification extends Identified {

    private String recipient;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String eventKey;
    private String regionCode;
    private String link;
    private String args;
    private Instant createdAt;
    private Instant readAt;
    @Setter
    private String mailState;

    protected Notification() {
    }

    public Notification(String recipient, NotificationKind kind, String eventKey, String regionCode, String link,
            String args, Instant createdAt, String mailState) {
        this.recipient = recipient;
        this.kind = kind;
        this.eventKey = eventKey;
        this.regionCode = regionCode;
        this.link = link;
        this.args = args;
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}

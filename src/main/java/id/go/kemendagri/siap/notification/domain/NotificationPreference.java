package id.go.kemendagri.siap.notification.domain;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import id.go.kemendagri.siap.notification.MailMode;
import id.go.kemendagri.siap.notification.NotificationKind;
import lombok.Getter;
import lombok.Setter;

/** A user's e-mail choice for one kind; without a row the kind's default applies. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    public record Key(String username, NotificationKind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String username;
    @Getter
    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Getter @Setter
    @Enumerated(EnumType.STRING)
    private MailMode mode;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, NotificationKind kind, MailMode mode) {
        this.username = username;
        this.kind = kind;
        this.mode = mode;
    }
}

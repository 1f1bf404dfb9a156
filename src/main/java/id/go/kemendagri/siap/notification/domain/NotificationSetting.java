package id.go.kemendagri.siap.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.Setter;

/** A user's e-mail address, digest hour and the key that signs their unsubscribe links. */
@Entity
@Table(name = "notification_setting")
@Getter
public class NotificationSetting {

    @Id
    private String username;
    @Setter
    private String email;
    @Setter
    private int digestHour;
    private String linkKey;
    @Version
    private long version;

    protected NotificationSetting() {
    }

    public NotificationSetting(String username, int digestHour, String linkKey) {
        this.username = username;
        this.digestHour = digestHour;
        this.linkKey = linkKey;
    }
}

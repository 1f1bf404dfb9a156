package id.go.kemendagri.siap.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's e-mail address, digest hour and the key that signs their unsubscribe links. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {

    @Id
    private String username;
    private String email;
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

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public String getLinkKey() {
        return linkKey;
    }

    public long getVersion() {
        return version;
    }
}

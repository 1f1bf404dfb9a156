package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.LogEntry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One sign-in attempt, good or failed. */
@Entity
@Table(name = "login_event")
@Getter
public class LoginEvent extends LogEntry {

    private String username;

    private boolean success;

    private String detail;

    private String remoteAddress;

    protected LoginEvent() {
    }

    public LoginEvent(Instant occurredAt, String username, boolean success, String detail, String remoteAddress) {
        super(occurredAt);
        this.username = username;
        this.success = success;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }
}

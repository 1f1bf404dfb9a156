package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.LogEntry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One sign-in attempt, good or failed. */
@Entity
@Table(name = "login_event")
@Getter
public class LoginEvent extends LogEntry {

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false)
    private boolean success;

    @Column(nullable = false, length = 60)
    private String detail;

    @Column(name = "remote_address", length = 64)
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

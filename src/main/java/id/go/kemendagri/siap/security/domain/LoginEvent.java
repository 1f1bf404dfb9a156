package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in attempt, good or failed. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

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
        this.occurredAt = occurredAt;
        this.username = username;
        this.success = success;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public boolean isSuccess() {
        return success;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}

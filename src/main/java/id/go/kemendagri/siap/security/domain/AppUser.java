package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
@Getter
public class AppUser extends VersionedRecord {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Setter
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Setter
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Setter
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Setter
    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Setter
    @Column(nullable = false)
    private boolean enabled;

    @Setter
    @Column(nullable = false, length = 10)
    private String locale;

    @Setter
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Setter
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, String passwordHash, Role role, String provinceCode,
            String locale, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.provinceCode = provinceCode;
        this.locale = locale;
        this.createdAt = createdAt;
        this.enabled = true;
    }
}

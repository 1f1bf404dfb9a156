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
    private String fullName;

    @Setter
    private String passwordHash;

    @Setter
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @Setter
    private String provinceCode;

    @Setter
    private boolean enabled;

    @Setter
    private String locale;

    @Setter
    private int failedAttempts;

    @Setter
    private Instant lockedUntil;

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

package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A token another system reads the API with. Only the SHA-256 of the token is stored; the token itself
 * was shown once, to the administrator who issued it.
 */
@Entity
@Table(name = "api_token")
@Getter
public class ApiToken extends VersionedRecord {

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    /** Scope names separated by commas. */
    @Column(nullable = false, length = 200)
    private String scopes;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenHash, String tokenPrefix, String scopes, String provinceCode,
            Instant expiresAt, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scopes = scopes;
        this.provinceCode = provinceCode;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }
}

package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.CreatedRecord;
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
public class ApiToken extends CreatedRecord {

    private String name;

    private String tokenHash;

    private String tokenPrefix;

    /** Scope names separated by commas. */
    private String scopes;

    private String provinceCode;

    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedBy;

    private Instant lastUsedAt;

    protected ApiToken() {
    }

    /** Created when and by whom is stamped by the auditing listener when the token is first flushed. */
    public ApiToken(String name, String tokenHash, String tokenPrefix, String scopes, String provinceCode,
            Instant expiresAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scopes = scopes;
        this.provinceCode = provinceCode;
        this.expiresAt = expiresAt;
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }
}

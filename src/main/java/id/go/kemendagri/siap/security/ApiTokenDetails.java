package id.go.kemendagri.siap.security;

import java.time.Instant;
import java.util.Set;

/** A token as the administration shows it; never the token itself, which is known only when issued. */
public record ApiTokenDetails(long id, String name, String prefix, Set<ApiScope> scopes, String provinceCode,
        Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
        Instant lastUsedAt, long version) {

    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }
}

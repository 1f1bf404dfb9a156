package id.go.kemendagri.siap.security;

import java.time.Instant;

/** A line of the API call log; token fields are null for calls without a valid token. */
public record ApiCallEntry(long id, Instant occurredAt, Long tokenId, String tokenName, String tokenPrefix,
        String method, String path, int status, int durationMs, String remoteAddress) {
}

package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.security.domain.ApiCall;
import id.go.kemendagri.siap.security.domain.ApiCallRepository;
import id.go.kemendagri.siap.security.domain.ApiTokenRepository;

/**
 * The read API's side of tokens: who a presented token belongs to (if it is known, not revoked and not
 * expired), the authentication that stands for it during a call, and the call log. Used by the API's
 * security chain before anyone is signed in, so it has no method security of its own.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiAccess {

    /** A token's last use is noted at most this often (one update a minute for a busy token, not one per call). */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    static final int MAX_PATH_LENGTH = 500;

    private final ApiTokenRepository tokens;
    private final ApiCallRepository calls;
    private final Clock clock;

    /** Why a presented token is refused. */
    public enum Refusal {
        UNKNOWN, REVOKED, EXPIRED
    }

    /** The client behind a token, or why there is none. */
    public record Verdict(ApiClient client, Refusal refusal) {

        public boolean accepted() {
            return client != null;
        }
    }

    /** Whose a presented token is: a client, or refused as unknown, revoked or expired. */
    @Transactional(readOnly = true)
    public Verdict authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokenService.TOKEN_START) || secret.length() > 100) {
            return new Verdict(null, Refusal.UNKNOWN);
        }
        var token = tokens.findByTokenHash(ApiTokenService.sha256(secret));
        if (token.isEmpty()) {
            return new Verdict(null, Refusal.UNKNOWN);
        }
        var t = token.get();
        if (t.getRevokedAt() != null) {
            return new Verdict(null, Refusal.REVOKED);
        }
        if (!t.getExpiresAt().isAfter(clock.instant())) {
            return new Verdict(null, Refusal.EXPIRED);
        }
        return new Verdict(new ApiClient(t.getId(), t.getName(), t.getTokenPrefix(), ApiScope.split(t.getScopes()),
                t.getProvinceCode()), null);
    }

    /** What the security context holds during a call: the client's principal, its scopes as authorities. */
    public static Authentication authentication(ApiClient client) {
        var authorities = client.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(client.principal(), null, authorities);
        authentication.setDetails(client);
        return authentication;
    }

    /** The client of the call in progress, if it is one. */
    public static Optional<ApiClient> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof ApiClient client
                ? Optional.of(client) : Optional.empty();
    }

    /**
     * Logs a call and notes the token's use, in one short transaction of its own. The token's row is written first:
     * the call's row refers to it (a shared lock on the token on MySQL/MariaDB), and taking the write lock after that
     * deadlocked with a revocation of the same token waiting for its own write lock.
     */
    @Transactional
    public void record(ApiCallRecord call) {
        var now = clock.instant();
        var client = call.client();
        if (client != null) {
            tokens.markUsed(client.tokenId(), now, now.minus(LAST_USED_PRECISION));
        }
        var path = call.path().length() > MAX_PATH_LENGTH ? call.path().substring(0, MAX_PATH_LENGTH) : call.path();
        calls.save(new ApiCall(now, client == null ? null : client.tokenId(), client == null ? null : client.prefix(),
                call.method(), path, call.status(), (int) Math.min(Integer.MAX_VALUE, call.durationMillis()),
                call.remoteAddress()));
    }
}

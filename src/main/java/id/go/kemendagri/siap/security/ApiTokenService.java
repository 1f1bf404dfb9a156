package id.go.kemendagri.siap.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.security.domain.ApiToken;
import id.go.kemendagri.siap.security.domain.ApiTokenRepository;

/**
 * Read-API tokens as administrators manage them: issue (the secret is returned once and only its SHA-256
 * is stored), list, revoke. Administrators only; every issue and revocation is audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokenService {

    public static final String AUDIT_ENTITY = "api-token";
    /** Every token starts so: secret scanners and people recognise it. */
    static final String TOKEN_START = "siap_";
    static final int PREFIX_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ProvinceDirectory provinces;
    private final RegionAccess access;
    private final AuditService audit;
    private final Clock clock;

    /**
     * @throws InvalidInputException when the draft breaks a rule; nothing is stored
     */
    @Transactional
    public IssuedToken issue(ApiTokenDraft draft) {
        var today = Formats.today(clock);
        var errors = ApiTokenRules.check(draft, today, provinces);
        InvalidInputException.throwIfAny(errors);
        var secret = newSecret();
        // Valid through the whole of its last day, Jakarta time.
        var expiresAt = draft.expiresOn().plusDays(1).atStartOfDay(Formats.WIB).toInstant();
        var token = tokens.save(new ApiToken(draft.name().strip(), sha256(secret), secret.substring(0, PREFIX_LENGTH),
                ApiScope.join(draft.scopes()), draft.provinceCode(), expiresAt));
        audit.record(AUDIT_ENTITY, token.getId().toString(), null, "CREATE", new FieldChange.Collector()
                .compare("name", null, token.getName())
                .compare("prefix", null, token.getTokenPrefix())
                .compare("scopes", null, labels(draft.scopes()))
                .compare("provinceCode", null, token.getProvinceCode())
                .compare("expiresOn", null, draft.expiresOn()).changes());
        return new IssuedToken(toDetails(token), secret);
    }

    /**
     * Revokes at once: the next call with the token is refused.
     *
     * @throws StaleDataException when someone changed the token in between (carries the current one)
     */
    @Transactional
    public ApiTokenDetails revoke(long id, long version) {
        var token = tokens.findById(id).orElseThrow(() -> new NotFoundException("api token " + id));
        if (token.getVersion() != version) {
            throw new StaleDataException(toDetails(token));
        }
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant(), access.currentUser().username());
            tokens.flush();
            audit.record(AUDIT_ENTITY, token.getId().toString(), null, "REVOKE", new FieldChange.Collector()
                    .compare("revokedAt", null, token.getRevokedAt()).changes());
        }
        return toDetails(token);
    }

    @Transactional(readOnly = true)
    public Optional<ApiTokenDetails> find(long id) {
        return tokens.findById(id).map(ApiTokenService::toDetails);
    }

    /** Newest first; {@code usableOnly} leaves out revoked and expired ones. */
    @Transactional(readOnly = true)
    public List<ApiTokenDetails> page(boolean usableOnly, Pageable page) {
        return tokens.findPage(usableOnly, clock.instant(), Pages.in(page,
                org.springframework.data.domain.Sort.unsorted())).stream().map(ApiTokenService::toDetails).toList();
    }

    @Transactional(readOnly = true)
    public long count(boolean usableOnly) {
        return tokens.countPage(usableOnly, clock.instant());
    }

    static ApiTokenDetails toDetails(ApiToken token) {
        return new ApiTokenDetails(token.getId(), token.getName(), token.getTokenPrefix(),
                ApiScope.split(token.getScopes()), token.getProvinceCode(), token.getExpiresAt(), token.getCreatedAt(),
                token.getCreatedBy(), token.getRevokedAt(), token.getRevokedBy(), token.getLastUsedAt(),
                token.getVersion());
    }

    private static String labels(java.util.Set<ApiScope> scopes) {
        return String.join(", ", scopes.stream().sorted().map(ApiScope::label).toList());
    }

    /** 32 random bytes (256 bits), URL-safe: nothing to guess, so a plain SHA-256 keeps it safe at rest. */
    static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(secret)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

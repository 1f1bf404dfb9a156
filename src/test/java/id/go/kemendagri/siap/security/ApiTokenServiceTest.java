package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.MovableClockTest;
import id.go.kemendagri.siap.support.Users;

@Transactional
class ApiTokenServiceTest extends MovableClockTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiAccess access;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    LocalDate today;

    @BeforeEach
    void signInAsAdmin() {
        clock.set(MutableClock.START);
        today = LocalDate.ofInstant(clock.instant(), Formats.WIB);
        Users.admin();
    }

    ApiTokenDraft draft(String province, LocalDate expiresOn, ApiScope... scopes) {
        return new ApiTokenDraft("Bawaslu RI - pemantauan", EnumSet.copyOf(Set.of(scopes)), province, expiresOn);
    }

    @ParameterizedTest
    @ValueSource(strings = { "EVALUATOR", "PROVINCIAL_STAFF", "LEADERSHIP" })
    void every_role_but_admin_is_refused_issuing_listing_and_revoking(Role role) {
        var issued = tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS));
        Users.signIn("bukan-admin", role, role == Role.PROVINCIAL_STAFF ? "62" : null);

        assertThatThrownBy(() -> tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.page(false, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(issued.token().id(), issued.token().version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_issued_token_is_given_once_and_only_its_sha256_is_stored() {
        var issued = tokens.issue(draft("62", today.plusDays(30), ApiScope.READINESS, ApiScope.GRANTS));

        assertThat(issued.secret()).startsWith("siap_").hasSize(5 + 43);
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 12));
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class,
                issued.token().id())).isEqualTo(ApiTokenService.sha256(issued.secret())).isNotEqualTo(issued.secret());
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_prefix = ?",
                Integer.class, issued.secret(), issued.secret())).isZero();
        assertThat(tokens.find(issued.token().id()).orElseThrow()).isEqualTo(issued.token());
        assertThat(tokens.issue(draft("62", today.plusDays(30), ApiScope.READINESS)).secret())
                .isNotEqualTo(issued.secret());
    }

    @Test
    void an_issued_token_names_who_issued_it_and_when() {
        var issued = tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS));

        assertThat(issued.token().createdBy()).isEqualTo("test-admin");
        assertThat(issued.token().createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_token_is_valid_through_its_last_day_in_jakarta_and_reads_as_leadership_of_its_province() {
        var issued = tokens.issue(draft("62", today.plusDays(30), ApiScope.READINESS));

        assertThat(issued.token().expiresAt().atZone(Formats.WIB).toLocalDateTime())
                .isEqualTo(today.plusDays(31).atStartOfDay());
        var client = access.authenticate(issued.secret()).client();
        assertThat(client.scopes()).containsExactly(ApiScope.READINESS);
        assertThat(client.principal().role()).isEqualTo(Role.LEADERSHIP);
        assertThat(client.principal().provinceCode()).isEqualTo("62");
        assertThat(ApiAccess.authentication(client).getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactly("SCOPE_readiness");
    }

    @Test
    void a_token_breaking_a_rule_is_refused_field_by_field_and_nothing_is_stored() {
        var before = tokens.count(false);

        assertThatThrownBy(() -> tokens.issue(new ApiTokenDraft(" x ", Set.of(), "99", today)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "name", "scopes", "provinceCode", "expiresOn"));
        assertThatThrownBy(() -> tokens.issue(draft(null, today.plusDays(367), ApiScope.PJ_SCORES)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
                        java.util.Map.entry("scopes", "api-token.error.scores-need-reports"),
                        java.util.Map.entry("expiresOn", "api-token.error.expires")));
        assertThat(tokens.count(false)).isEqualTo(before);
    }

    @Test
    void a_revoked_or_expired_token_is_refused_and_says_which() {
        var revoked = tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS));
        var expiring = tokens.issue(draft(null, today.plusDays(1), ApiScope.REGIONS));
        tokens.revoke(revoked.token().id(), revoked.token().version());
        clock.set(today.plusDays(2).atStartOfDay(Formats.WIB).toInstant());

        assertThat(access.authenticate(revoked.secret()).refusal()).isEqualTo(ApiAccess.Refusal.REVOKED);
        assertThat(access.authenticate(expiring.secret()).refusal()).isEqualTo(ApiAccess.Refusal.EXPIRED);
        assertThat(access.authenticate("siap_" + "A".repeat(43)).refusal()).isEqualTo(ApiAccess.Refusal.UNKNOWN);
        assertThat(access.authenticate("Basic abc").refusal()).isEqualTo(ApiAccess.Refusal.UNKNOWN);
        assertThat(tokens.page(true, PageRequest.of(0, 100))).extracting(ApiTokenDetails::id)
                .doesNotContain(revoked.token().id(), expiring.token().id());
        assertThat(tokens.find(expiring.token().id()).orElseThrow().status(clock.instant()))
                .isEqualTo(ApiTokenDetails.Status.EXPIRED);
    }

    @Test
    void issuing_and_revoking_are_in_the_audit_history_without_the_secret() {
        var issued = tokens.issue(draft("64", today.plusDays(30), ApiScope.HEADS, ApiScope.PJ_REPORTS));
        var revoked = tokens.revoke(issued.token().id(), issued.token().version());

        var history = audit.history(ApiTokenService.AUDIT_ENTITY, Long.toString(issued.token().id()), 20);
        assertThat(history).extracting(e -> e.action()).contains("CREATE", "REVOKE");
        assertThat(history).extracting(e -> e.field()).contains("name", "scopes", "provinceCode", "expiresOn",
                "revokedAt");
        assertThat(history).allSatisfy(e -> assertThat(String.valueOf(e.newValue())).doesNotContain(issued.secret()));
        assertThat(revoked.revokedBy()).isEqualTo("test-admin");
    }

    @Test
    void a_revocation_of_a_token_changed_meanwhile_is_refused_with_the_current_one() {
        var issued = tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS));
        tokens.revoke(issued.token().id(), issued.token().version());

        assertThatThrownBy(() -> tokens.revoke(issued.token().id(), issued.token().version()))
                .isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((ApiTokenDetails) e.current()).revokedAt()).isNotNull());
    }

    @Test
    void a_call_is_logged_and_notes_the_tokens_use_at_most_once_a_minute() {
        var issued = tokens.issue(draft(null, today.plusDays(30), ApiScope.REGIONS));
        var client = access.authenticate(issued.secret()).client();

        access.record(new ApiCallRecord(client, "GET", "/api/v1/regions", 200, 12, "127.0.0.1"));
        var firstUse = clock.instant();
        clock.advance(java.time.Duration.ofSeconds(30));
        access.record(new ApiCallRecord(client, "GET", "/api/v1/regions?limit=5", 200, 3, "127.0.0.1"));
        assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isEqualTo(firstUse);
        clock.advance(java.time.Duration.ofSeconds(31));
        access.record(new ApiCallRecord(client, "GET", "/api/v1/grants", 403, 2, "127.0.0.1"));

        assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isEqualTo(clock.instant());
        assertThat(tokens.find(issued.token().id()).orElseThrow().version()).isEqualTo(issued.token().version());
    }
}

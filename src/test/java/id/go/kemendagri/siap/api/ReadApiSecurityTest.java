package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.ApiCallLog;
import id.go.kemendagri.siap.security.ApiScope;
import id.go.kemendagri.siap.support.Users;

/** Who gets in: tokens only, never a session, never a redirect; revoked and expired tokens are refused. */
class ReadApiSecurityTest extends ApiServerTest {

    @Autowired
    ApiCallLog calls;

    @Test
    void a_call_without_a_token_answers_401_problem_json_and_never_the_sign_in_page() {
        var answer = api.get("/api/v1/readiness/provinces", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.json().get("instance").asString()).isEqualTo("/api/v1/readiness/provinces");
        assertThat(answer.body()).doesNotContain("<html", "login");
    }

    @Test
    void an_unknown_token_is_refused_with_a_bearer_challenge_that_says_why() {
        var answer = api.get("/api/v1/regions", "siap_" + "x".repeat(43));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(answer.json().get("detail").asString()).isEqualTo("The token is unknown.");
    }

    @Test
    void a_revoked_token_is_refused_from_its_next_call() {
        var token = ApiCaller.issue(tokens, inAMonth(), null, ApiScope.REGIONS);
        assertThat(api.get("/api/v1/regions?limit=1", token).status()).isEqualTo(200);

        Users.admin();
        var issued = tokens.page(false, PageRequest.of(0, 500)).stream().filter(t -> token.startsWith(t.prefix())).findFirst()
                .orElseThrow();
        tokens.revoke(issued.id(), issued.version());
        Users.signOut();

        var answer = api.get("/api/v1/regions?limit=1", token);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("detail").asString()).isEqualTo("The token was revoked.");
    }

    @Test
    void a_token_works_through_its_last_day_and_is_refused_after_it() {
        var lastDay = today().plusDays(2);
        var token = ApiCaller.issue(tokens, lastDay, null, ApiScope.REGIONS);

        clock.set(lastDay.atTime(23, 59).atZone(Formats.WIB).toInstant());
        assertThat(api.get("/api/v1/regions?limit=1", token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        var answer = api.get("/api/v1/regions?limit=1", token);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("detail").asString()).isEqualTo("The token has expired.");
    }

    @Test
    void the_api_writes_nothing_and_answers_405_to_any_other_method() {
        var token = ApiCaller.issue(tokens, inAMonth(), null);

        for (var method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
            var answer = api.send(method, "/api/v1/regions", token);
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void a_token_reads_only_the_resources_of_its_scopes() {
        var token = ApiCaller.issue(tokens, inAMonth(), null, ApiScope.READINESS);

        assertThat(api.get("/api/v1/readiness/provinces", token).status()).isEqualTo(200);
        assertThat(api.send("HEAD", "/api/v1/readiness/provinces", token).status()).isEqualTo(200);
        for (var path : new String[] { "/api/v1/regions", "/api/v1/heads", "/api/v1/pj-reports", "/api/v1/grants",
                "/api/v1/follow-ups" }) {
            var answer = api.get(path, token);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.send("HEAD", path, token).status()).as("HEAD " + path).isEqualTo(403);
        }
    }

    @Test
    void a_session_cookie_counts_for_nothing_and_no_answer_sets_a_cookie() {
        var token = ApiCaller.issue(tokens, inAMonth(), null, ApiScope.REGIONS);

        assertThat(api.get("/api/v1/regions", null, "Cookie", "JSESSIONID=ABCDEF0123456789").status())
                .isEqualTo(401);
        var answer = api.get("/api/v1/regions?limit=5", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isNull();
        assertThat(api.get("/api/v1/regions", null).header("Set-Cookie")).isNull();
    }

    @Test
    void the_openapi_document_and_its_page_are_public() {
        var document = api.get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.");
        assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/readiness/provinces");

        var page = api.get("/swagger-ui/index.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(api.get("/v3/api-docs/swagger-config", null).body()).contains("/v3/api-docs");
    }

    @Test
    void a_misspelt_parameter_or_a_bad_value_is_refused_with_400_naming_it() {
        var token = ApiCaller.issue(tokens, inAMonth(), null, ApiScope.REGIONS);

        var unknown = api.get("/api/v1/regions?province=62", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("province", "provinsi");
        var level = api.get("/api/v1/regions?tingkat=DESA", token);
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.json().get("detail").asString()).contains("tingkat", "KABUPATEN");
        assertThat(api.get("/api/v1/regions?updatedSince=kemarin", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/regions?cursor=bukan-kursor", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/regions?pilkada=mungkin", token).status()).isEqualTo(400);
    }

    @Test
    void an_unknown_path_under_the_api_answers_404_json() {
        var token = ApiCaller.issue(tokens, inAMonth(), null);

        var answer = api.get("/api/v1/pemilih", token);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void every_call_is_logged_with_its_token_path_status_and_duration() {
        var token = ApiCaller.issue(tokens, inAMonth(), null, ApiScope.REGIONS);
        api.get("/api/v1/regions?provinsi=62&limit=3", token);
        api.get("/api/v1/grants", token);
        api.get("/api/v1/regions?limit=1", "siap_tidak-ada");

        Users.admin();
        try {
            var issued = tokens.page(false, PageRequest.of(0, 500)).stream().filter(t -> token.startsWith(t.prefix())).findFirst()
                    .orElseThrow();
            var logged = calls.page(issued.id(), false, PageRequest.of(0, 10));
            assertThat(logged).extracting(c -> c.path(), c -> c.status()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("/api/v1/grants", 403),
                    org.assertj.core.groups.Tuple.tuple("/api/v1/regions?provinsi=62&limit=3", 200));
            assertThat(logged).allSatisfy(c -> {
                assertThat(c.method()).isEqualTo("GET");
                assertThat(c.durationMs()).isNotNegative();
                assertThat(c.tokenName()).startsWith("Uji ");
            });
            assertThat(calls.page(null, true, PageRequest.of(0, 5))).anySatisfy(c -> {
                assertThat(c.tokenId()).isNull();
                assertThat(c.status()).isEqualTo(401);
            });
            assertThat(tokens.find(issued.id()).orElseThrow().lastUsedAt()).isEqualTo(clock.instant());
        } finally {
            Users.signOut();
        }
    }
}

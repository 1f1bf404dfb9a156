package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.security.ApiScope;

/** Each token has its own budget of calls per minute; over it the answer is 429 with Retry-After. */
class ReadApiLimitsTest extends ApiServerTest {

    @Test
    void a_token_over_its_rate_limit_gets_429_with_retry_after_until_the_bucket_refills() {
        var expires = inAMonth();
        var busy = ApiCaller.issue(tokens, expires, null, ApiScope.REGIONS);
        var other = ApiCaller.issue(tokens, expires, null, ApiScope.REGIONS);

        for (var i = 0; i < ApiTest.PER_MINUTE; i++) {
            var answer = api.get("/api/v1/regions?limit=1", busy);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(ApiTest.PER_MINUTE - 1 - i));
        }
        var refused = api.get("/api/v1/regions?limit=1", busy);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        var retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(api.get("/api/v1/regions?limit=1", other).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(api.get("/api/v1/regions?limit=1", busy).status()).isEqualTo(200);
    }
}

package id.go.kemendagri.siap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.ServerTest;
import id.go.kemendagri.siap.support.WebClient;

/**
 * The web layer as a browser (or a hostile page) meets it over real HTTP: CSRF on sign-in and sign-out, the
 * response headers, the session cookie.
 */
class WebSecurityTest extends ServerTest {

    private static final String PASSWORD = "rahasia-sekali-1";

    @Test
    void a_sign_in_post_without_the_pages_token_is_refused() {
        var user = user();
        var browser = new WebClient(port);

        var forged = browser.post("/login", Map.of("username", user, "password", PASSWORD));

        assertRefusedAsExpired(forged, browser);
    }

    @Test
    void a_sign_in_post_with_a_token_of_another_session_is_refused() {
        var user = user();
        var attacker = new WebClient(port);
        var token = attacker.signInToken();
        var victim = new WebClient(port);
        victim.get("/login");

        var forged = victim.post("/login", Map.of("username", user, "password", PASSWORD, "_csrf", token));

        assertRefusedAsExpired(forged, victim);
    }

    @Test
    void the_sign_in_form_with_the_pages_token_signs_in() {
        var browser = new WebClient(port);

        var answer = browser.signIn(user(), PASSWORD);

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        assertThat(browser.get("/wilayah").statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_out_post_without_a_token_is_refused_and_the_session_stays() {
        var browser = new WebClient(port);
        browser.signIn(user(), PASSWORD);

        var forged = browser.post("/logout", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/wilayah").statusCode()).isEqualTo(200);
    }

    @Test
    void the_sign_in_page_carries_the_security_headers() {
        assertSecurityHeaders(new WebClient(port).get("/login"));
    }

    @Test
    void a_signed_in_page_carries_the_security_headers() {
        var browser = new WebClient(port);
        browser.signIn(user(), PASSWORD);

        var page = browser.get("/wilayah");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
    }

    @Test
    void static_files_keep_their_own_caching_and_get_the_other_headers() {
        var css = new WebClient(port).get("/styles/shell.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).doesNotContain("no-store"));
        assertThat(css.headers().firstValue("Pragma")).isEmpty();
        assertThat(css.headers().firstValue("Expires")).isEmpty();
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_never_in_a_url() {
        var answer = new WebClient(port).get("/wilayah");

        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void behind_the_https_proxy_the_cookie_is_secure_and_hsts_is_sent() {
        var answer = new WebClient(port).get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).contains("Secure").contains("SameSite=Lax"));
    }

    @Test
    void over_plain_http_no_hsts_is_sent() {
        assertThat(new WebClient(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void unknown_users_wrong_passwords_disabled_accounts_and_held_back_addresses_get_the_same_answer() {
        var disabled = user();
        var account = users.findByUsername(disabled).orElseThrow();
        account.setEnabled(false);
        users.save(account);
        var heldBack = user();
        for (var i = 0; i < 5; i++) {
            new WebClient(port).signIn(heldBack, "tebakan-" + i);
        }

        var answers = java.util.List.of(answer(user(), "kata-sandi-salah"), answer("tidak-ada-" + user(), PASSWORD),
                answer(disabled, PASSWORD), answer(heldBack, PASSWORD));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElseThrow())
                .allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(answers).extracting(answer -> answer.headers().map().keySet().stream()
                .filter(name -> !name.equalsIgnoreCase("date")).sorted().toList()).containsOnly(
                        answers.getFirst().headers().map().keySet().stream()
                                .filter(name -> !name.equalsIgnoreCase("date")).sorted().toList());
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.getFirst().body());
    }

    /** A sign-in from a fresh browser: the page, then the form with its token. */
    private HttpResponse<String> answer(String username, String password) {
        return new WebClient(port).signIn(username, password);
    }

    private static void assertSecurityHeaders(HttpResponse<String> page) {
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    /** The sign-in post is sent back to the sign-in page as expired, and the client is still not signed in. */
    private static void assertRefusedAsExpired(HttpResponse<String> forged, WebClient client) {
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(client.get("/wilayah").statusCode()).isEqualTo(302);
    }

    private String user() {
        return createUser("web-" + suffix(), "Uji Web", PASSWORD, Role.EVALUATOR, null).getUsername();
    }
}

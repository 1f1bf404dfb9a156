package id.go.kemendagri.siap.security.ui;

import java.util.stream.Stream;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of every page and resource, on top of Spring Security's defaults (nosniff, no caching,
 * X-Frame-Options DENY, HSTS on HTTPS): a Content-Security-Policy that Vaadin Flow works under, a referrer
 * policy and a permissions policy. See docs/security.md.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs and no more (Vaadin's documentation, "Content Security Policy"): its bootstrap page
     * starts the client engine with an inline script and the engine builds functions from the expressions the
     * server sends (unsafe-eval); components set inline styles. Everything else comes from this origin: scripts,
     * styles, the push connection (connect-src 'self' covers the same-origin WebSocket), images and fonts (data:
     * for the theme's inline icons). No frames, plugins or foreign form targets.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features the application never uses, off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()", "geolocation=()",
            "gyroscope=()", "magnetometer=()", "microphone=()", "payment=()", "usb=()");

    private SecurityHeaders() {
    }

    /** Static files that Vaadin and the features serve with their own caching headers (hashed bundle names). */
    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(
            Stream.of("/VAADIN/build/**", "/VAADIN/static/**", "/styles/**", "/icons/**", "/images/**")
                    .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());

    static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> headers
                // Pages and server answers are never cached (they hold what a user may see); static files keep
                // the caching their server gives them, which eager writing would otherwise contradict.
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_FILES),
                        new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    /*
                     * Written before the request is handled: Vaadin's pages are forwarded to its servlet, and the
                     * container finishes a forwarded response past Spring Security's wrapper, so headers written
                     * when the response commits never reached the sign-in page.
                     */
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}

package id.go.kemendagri.siap.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import id.go.kemendagri.siap.security.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Actuator's own filter chain, before Vaadin's: health (with its liveness and readiness groups) answers
 * everyone, with details only for a signed-in administrator; the Prometheus scrape needs the bearer token
 * {@code siap.metrics.token} (or an administrator's session). Anything else is a plain 401, never the
 * sign-in page, so that a load balancer or a scraper gets an answer it understands.
 */
@Configuration
class ActuatorSecurityConfig {

    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, SecurityContextHolderStrategy holder,
            @Value("${siap.metrics.token:}") String metricsToken) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus", "filestore"))
                        .hasAnyAuthority(SCRAPER, Role.ADMIN.authority())
                        .anyRequest().denyAll())
                .addFilterBefore(new ScrapeToken(metricsToken, holder), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        // A status, not sendError: the error dispatch would go through Vaadin's chain and redirect to /login.
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Signs in a request that carries the configured scrape token, for that request only. */
    private static final class ScrapeToken extends OncePerRequestFilter {

        private final byte[] token;
        private final SecurityContextHolderStrategy holder;

        ScrapeToken(String token, SecurityContextHolderStrategy holder) {
            this.token = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
            this.holder = holder;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (token != null && header != null
                    && MessageDigest.isEqual(token, header.getBytes(StandardCharsets.UTF_8))) {
                var context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                        List.of(new SimpleGrantedAuthority(SCRAPER))));
                holder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}

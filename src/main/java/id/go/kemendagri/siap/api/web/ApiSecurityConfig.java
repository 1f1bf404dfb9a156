package id.go.kemendagri.siap.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import id.go.kemendagri.siap.api.ApiRateLimiter;
import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiScope;

/**
 * Two security chains in front of the screens' (Vaadin) chain, which stays as it is:
 * <ul>
 * <li>{@code /api/**}: tokens only. Stateless: no session is read or made (a signed-in browser's cookie
 * counts for nothing here), no CSRF (nothing is written and no cookie authenticates), no redirects: 401, 403,
 * 405 and 429 are problem JSON. Each resource needs its scope.</li>
 * <li>The OpenAPI document and Swagger UI: public, read-only.</li>
 * </ul>
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/**";

    @Bean
    @Order(20)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiAccess access, ApiRateLimiter limiter,
            SecurityContextHolderStrategy contexts, ProblemWriter problems) throws Exception {
        var entryPoint = new ApiEntryPoint(problems);
        var tokens = new ApiTokenFilter(access, contexts, problems);
        stateless(http.securityMatcher(API))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                // Any method: GET and HEAD reach here (ApiGateFilter answers the others), and HEAD must need
                // the scope as much as GET.
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/regions/**").hasAuthority(ApiScope.REGIONS.authority())
                        .requestMatchers("/api/v1/readiness/**").hasAuthority(ApiScope.READINESS.authority())
                        .requestMatchers("/api/v1/heads/**").hasAuthority(ApiScope.HEADS.authority())
                        .requestMatchers("/api/v1/pj-reports/**").hasAuthority(ApiScope.PJ_REPORTS.authority())
                        .requestMatchers("/api/v1/grants/**").hasAuthority(ApiScope.GRANTS.authority())
                        .requestMatchers("/api/v1/follow-ups/**").hasAuthority(ApiScope.FOLLOW_UPS.authority())
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiCallLogFilter(access), WebAsyncManagerIntegrationFilter.class)
                .addFilterAfter(new ApiGateFilter(problems), ApiCallLogFilter.class)
                .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(limiter, problems), ApiTokenFilter.class)
                // After authorisation, so that only answered calls are hashed; a matching If-None-Match gets 304.
                .addFilterAfter(new ShallowEtagHeaderFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(21)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
        stateless(http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                "/swagger-ui/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll().anyRequest().denyAll());
        return http.build();
    }

    /**
     * What both chains are without a browser session: no CSRF token, no session, the security context kept
     * for the request only, no saved request, no login form and no logout.
     */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
    }
}

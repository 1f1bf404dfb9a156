package id.go.kemendagri.siap.security.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Web security: Vaadin's configurer protects every view by its access annotation and sends anonymous
 * users to the sign-in view; method security guards the services. CSRF on every form post, the response
 * headers of {@link SecurityHeaders}; the session cookie's settings are in application.properties.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * One Vaadin-aware holder strategy per JVM, like {@code SecurityContextHolder} itself. Vaadin's
     * default makes one per application context and each keeps its own thread-local; when several
     * contexts live in one JVM (the test suite caches a few), method security of one context would not
     * see a user signed in through the holder that another context installed last.
     */
    private static final SecurityContextHolderStrategy HOLDER_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return HOLDER_STRATEGY;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil)
            throws Exception {
        // styles/: plain stylesheets that features load with @StyleSheet (public, like the images); icons/: the tab
        // icon, which the sign-in page asks for too. Actuator has its own chain (ActuatorSecurityConfig).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/images/**", "/styles/**", "/icons/**")
                .permitAll());
        // Every session is registered, so that disabling a user or changing their role ends their sessions.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        /*
         * CSRF as Spring Security does by default, sign-in and sign-out included. Vaadin's own configuration would
         * also exempt the sign-in form (so that any site could sign a visitor into an account of its choosing);
         * here only Vaadin's internal requests are exempt, which carry their own per-UI token. The login form
         * sends the token from the page's _csrf meta tags. A sign-in page left open past the session gets a new
         * page instead of an error.
         */
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        AccessDeniedHandler expiredSignIn = (request, response, denied) -> response
                .sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED);
        var signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(signInPost, new DelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(CsrfException.class, expiredSignIn)), new AccessDeniedHandlerImpl()))),
                new AccessDeniedHandlerImpl())));
        http.headers(SecurityHeaders.headers());
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container ends a session (time-out, sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

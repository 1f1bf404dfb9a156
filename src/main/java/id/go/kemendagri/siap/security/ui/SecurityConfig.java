package id.go.kemendagri.siap.security.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Web security: Vaadin's configurer protects every view by its access annotation and sends anonymous
 * users to the sign-in view; method security guards the services.
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        // styles/: plain stylesheets that features load with @StyleSheet (public, like the images); icons/: the tab
        // icon, which the sign-in page asks for too. Actuator has its own chain (ActuatorSecurityConfig).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/images/**", "/styles/**", "/icons/**")
                .permitAll());
        // Every session is registered, so that disabling a user or changing their role ends their sessions.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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

package id.go.kemendagri.siap.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Spring Data JPA auditing for {@link Stamped} and {@link CreatedRecord}: the time comes from the application's
 * {@link Clock} (so a test's clock drives the stamps too) unless a {@link Stamps} scope names another; the actor comes
 * from the bean {@code stampAuditor} (the security module's: the signed-in user, else {@value Stamps#SYSTEM}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "stampTime", auditorAwareRef = "stampAuditor")
class StampsConfig {

    @Bean
    DateTimeProvider stampTime(Clock clock) {
        return () -> Stamps.at(clock::instant).map(at -> at);
    }
}

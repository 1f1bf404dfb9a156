package id.go.kemendagri.siap.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts failed sign-ins ({@code siap.sign_in.failures}) for the Prometheus scrape; a rise means guessing. */
@Component
class SignInMeters {

    private final Counter failures;

    SignInMeters(MeterRegistry registry) {
        this.failures = Counter.builder("siap.sign_in.failures").description("Failed sign-ins on this node")
                .register(registry);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }
}

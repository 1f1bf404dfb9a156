package id.go.kemendagri.siap.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** Injected everywhere "now" matters, so that tests can move time (lock-outs, deadlines). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

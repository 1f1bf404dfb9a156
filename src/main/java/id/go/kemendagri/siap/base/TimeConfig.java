package id.go.kemendagri.siap.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    private static final Logger log = LoggerFactory.getLogger(TimeConfig.class);

    /**
     * Injected everywhere "now" matters, so that tests can move time (lock-outs, deadlines). The demo
     * shows the 2024 cycle as it stood before the vote: with demo data on, the clock starts at
     * {@code siap.demo.today} (at the current time of day) and runs on from there, so that terms
     * ending, reports due and late tranches look as they did then. Real deployments use real time.
     */
    @Bean
    Clock clock(DemoMode demo, @Value("${siap.demo.today:}") String demoToday) {
        var system = Clock.systemDefaultZone();
        if (!demo.active() || demoToday.isBlank()) {
            return system;
        }
        var zone = ZoneId.systemDefault();
        var now = system.instant();
        var start = LocalDate.parse(demoToday).atTime(now.atZone(zone).toLocalTime()).atZone(zone).toInstant();
        log.info("Demo clock: today is {} (real time {})", demoToday, now);
        return Clock.offset(system, Duration.between(now, start));
    }
}

package id.go.kemendagri.siap.support;

import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MutableClock} for the test classes that import it
 * ({@code @Import(TestClock.class)}); inject {@code MutableClock} to move time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(MutableClock.START, ZoneOffset.UTC);
    }
}

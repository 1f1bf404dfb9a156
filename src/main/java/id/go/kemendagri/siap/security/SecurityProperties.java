package id.go.kemendagri.siap.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedAttempts failed sign-ins in a row that lock an account
 * @param lockDuration      how long a locked account stays locked
 */
@ConfigurationProperties("siap.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration) {
}

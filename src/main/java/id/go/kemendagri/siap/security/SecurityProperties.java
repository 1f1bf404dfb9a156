package id.go.kemendagri.siap.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling per user name and source address (see {@link SignInThrottle}).
 *
 * @param maxFailedAttempts failures in a row from one address after which that address is held back
 * @param firstDelay        how long the first hold lasts; each further failure doubles it
 * @param maxDelay          the longest hold
 * @param failureMemory     failures older than this are forgotten: the count starts afresh
 */
@ConfigurationProperties("siap.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("1m") Duration firstDelay,
        @DefaultValue("30m") Duration maxDelay, @DefaultValue("24h") Duration failureMemory) {
}

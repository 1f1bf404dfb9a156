package id.go.kemendagri.siap.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the read API.
 *
 * @param requestsPerMinute calls one token may make per minute (a bucket refilled evenly over the minute,
 *                          so a burst of this size is allowed once)
 * @param defaultPageSize   items per page when the call names no {@code limit}
 * @param maxPageSize       most items per page; a larger {@code limit} is cut to it
 * @param logRetention      how long the call log keeps a call
 */
@ConfigurationProperties("siap.api")
public record ApiProperties(@DefaultValue("120") int requestsPerMinute, @DefaultValue("100") int defaultPageSize,
        @DefaultValue("500") int maxPageSize, @DefaultValue("P90D") Duration logRetention) {
}

package id.go.kemendagri.siap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.support.TestClock;

/**
 * The read API's tests run against a real server on a random port, as curl would call it, with a movable
 * clock and a small rate limit. One annotation, so that every API test class shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "siap.api.requests-per-minute=" + ApiTest.PER_MINUTE, "vaadin.devmode.componentTracker.enabled=false" })
@Import({ TestClock.class, ApiData.class })
public @interface ApiTest {

    /** Calls per token and minute in these tests. */
    int PER_MINUTE = 40;
}

package id.go.kemendagri.siap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test on the demo-enabled context (demo data on an embedded H2 of its own, or SIAP_TEST_DB_URL's database, where
 * demo mode stays off and the tests assume it away), the same context as DemoLeadershipTest's, shared by the cache.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "siap.demo.enabled=true",
        "spring.datasource.url=${SIAP_TEST_DB_URL:jdbc:h2:mem:siap-demo-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}" })
public @interface DemoContextTest {
}

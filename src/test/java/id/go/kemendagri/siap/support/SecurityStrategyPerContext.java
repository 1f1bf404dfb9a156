package id.go.kemendagri.siap.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points {@link SecurityContextHolder} at the security-context strategy of the application context the
 * test runs in, before each test. Vaadin installs its own strategy object (with its own thread-local)
 * whenever an application context starts; once the suite has more than one cached context, a test in an
 * older context would otherwise sign in through the newer context's strategy, and that context's method
 * security would find nobody signed in. Registered for every test in META-INF/spring.factories.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before the listeners that run user code, so @BeforeEach methods already sign in the right way.
        return 1500;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}

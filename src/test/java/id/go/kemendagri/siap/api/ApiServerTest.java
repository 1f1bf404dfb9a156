package id.go.kemendagri.siap.api;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.support.MutableClock;

/**
 * A read API test ({@link ApiTest}): before each test the clock is back at {@link MutableClock#START} and
 * {@code api} calls this test's server; tokens are issued with {@code tokens}.
 */
@ApiTest
abstract class ApiServerTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MutableClock clock;
    ApiCaller api;

    @BeforeEach
    void aServer() {
        clock.set(MutableClock.START);
        api = new ApiCaller(port);
    }

    /** Today in Jakarta by the test's clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.WIB);
    }

    /** A token's expiry a month from today. */
    LocalDate inAMonth() {
        return today().plusDays(30);
    }
}

package id.go.kemendagri.siap.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private ReadinessState readiness = ReadinessState.REFUSING_TRAFFIC;
    private final StartupGate gate = new StartupGate(new ApplicationAvailability() {
        @Override
        @SuppressWarnings("unchecked")
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return type == ReadinessState.class ? (S) readiness : (S) LivenessState.CORRECT;
        }

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return getState(type, null);
        }

        @Override
        public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(
                Class<S> type) {
            return null;
        }
    });

    @Test
    void before_the_application_is_ready_a_sign_in_gets_the_starting_page_not_wrong_password() throws Exception {
        var response = run("POST", "/login");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(StartupGate.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsString()).contains("SIAP Pilkada sedang disiapkan", "http-equiv=\"refresh\"");
    }

    @Test
    void health_checks_pass_the_gate_while_the_application_starts() throws Exception {
        var chain = new MockFilterChain();
        gate.doFilter(request("GET", "/actuator/health/readiness"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void once_ready_every_request_passes() throws Exception {
        readiness = ReadinessState.ACCEPTING_TRAFFIC;
        var chain = new MockFilterChain();
        gate.doFilter(request("GET", "/wilayah/62.07"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletResponse run(String method, String path) throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(request(method, path), response, chain);
        assertThat(chain.getRequest()).as("request passed the gate").isNull();
        return response;
    }

    private static MockHttpServletRequest request(String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }
}

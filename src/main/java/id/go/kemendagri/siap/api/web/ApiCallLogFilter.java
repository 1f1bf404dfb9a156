package id.go.kemendagri.siap.api.web;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiCallRecord;
import id.go.kemendagri.siap.security.ApiClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter of the API chain: every call, refused ones included, goes into the call log with
 * its token, path and query, status and duration. A failure to log is logged, never the caller's problem.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiCallLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiCallLogFilter.class);

    private final ApiAccess access;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var started = System.nanoTime();
        var status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            var millis = (System.nanoTime() - started) / 1_000_000;
            var client = request.getAttribute(ApiTokenFilter.CLIENT) instanceof ApiClient c ? c : null;
            var path = request.getQueryString() == null ? request.getRequestURI()
                    : request.getRequestURI() + "?" + request.getQueryString();
            try {
                access.record(new ApiCallRecord(client, request.getMethod(), path, status, millis,
                        request.getRemoteAddr()));
            } catch (RuntimeException e) {
                log.warn("API call not logged: {} {} {}", request.getMethod(), path, status, e);
            }
        }
    }
}

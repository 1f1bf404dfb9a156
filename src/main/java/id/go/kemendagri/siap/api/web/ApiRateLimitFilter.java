package id.go.kemendagri.siap.api.web;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import id.go.kemendagri.siap.api.ApiRateLimiter;
import id.go.kemendagri.siap.security.ApiClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Counts each authenticated call against its token's bucket; over the limit answers 429 with Retry-After. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final ApiRateLimiter limiter;
    private final ProblemWriter problems;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request.getAttribute(ApiTokenFilter.CLIENT) instanceof ApiClient client)) {
            chain.doFilter(request, response);
            return;
        }
        var decision = limiter.consume(client.tokenId());
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            response.setHeader(REMAINING, "0");
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Rate limit reached; try again in " + decision.retryAfterSeconds() + " s.");
            return;
        }
        response.setHeader(REMAINING, Long.toString(decision.remaining()));
        chain.doFilter(request, response);
    }
}

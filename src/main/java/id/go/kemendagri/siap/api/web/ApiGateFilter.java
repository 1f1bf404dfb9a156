package id.go.kemendagri.siap.api.web;

import java.io.IOException;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API only reads: anything but GET and HEAD is answered 405 before a token is even looked at. Answers
 * may be kept by the client but must be checked again each time (the ETag makes that cheap), and differ by
 * token.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiGateFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final ProblemWriter problems;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "The API only reads: use GET.");
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        chain.doFilter(request, response);
    }
}

package id.go.kemendagri.siap.api.web;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads {@code Authorization: Bearer <token>}: a valid token becomes the call's authentication; an unknown,
 * revoked or expired one is answered 401 at once. Without the header the call goes on unauthenticated and
 * the chain's entry point answers 401. Not a bean, so that it runs only in the API chain.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiTokenFilter extends OncePerRequestFilter {

    /** Request attribute that keeps the client for the call log, which runs after the context is cleared. */
    static final String CLIENT = ApiClient.class.getName();
    private static final String BEARER = "Bearer ";

    private final ApiAccess access;
    private final SecurityContextHolderStrategy contexts;
    private final ProblemWriter problems;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, response, "invalid_request", "Name the token as Authorization: Bearer <token>.");
            return;
        }
        var verdict = access.authenticate(header.substring(BEARER.length()).strip());
        if (!verdict.accepted()) {
            refuse(request, response, "invalid_token", switch (verdict.refusal()) {
                case UNKNOWN -> "The token is unknown.";
                case REVOKED -> "The token was revoked.";
                case EXPIRED -> "The token has expired.";
            });
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(ApiAccess.authentication(verdict.client()));
        contexts.setContext(context);
        request.setAttribute(CLIENT, verdict.client());
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String error, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiEntryPoint.challenge(error, detail));
        problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }
}

package id.go.kemendagri.siap.api.web;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API chain's answers to "who are you?" (401) and "not for you" (403): problem JSON, never the sign-in
 * page or a redirect. The 401 names the Bearer scheme (RFC 6750).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    static String challenge(String error, String description) {
        var challenge = "Bearer realm=\"siap-pilkada\"";
        return error == null ? challenge
                : challenge + ", error=\"" + error + "\", error_description=\"" + description.replace('"', '\'') + "\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(null, null));
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "A token is required: Authorization: Bearer <token>.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "The token's scopes do not include this resource.");
    }
}

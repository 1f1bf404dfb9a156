package id.go.kemendagri.siap.api.web;

import java.io.IOException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.api.v1.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} from a filter, where no controller advice reaches. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProblemWriter {

    private final JsonMapper json;

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(Problem.of(status, detail, request.getRequestURI())));
        response.getWriter().flush();
    }
}

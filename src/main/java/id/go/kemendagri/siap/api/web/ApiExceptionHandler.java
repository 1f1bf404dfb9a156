package id.go.kemendagri.siap.api.web;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import id.go.kemendagri.siap.api.v1.ApiInputException;
import id.go.kemendagri.siap.api.v1.ApiScopeException;
import id.go.kemendagri.siap.api.v1.Problem;
import jakarta.servlet.http.HttpServletRequest;

/** Errors of the API's controllers as problem JSON: bad parameters 400, outside the token's scope 403. */
@RestControllerAdvice(basePackages = "id.go.kemendagri.siap.api")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiInputException.class)
    ResponseEntity<Problem> badInput(ApiInputException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> badValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        var type = e.getRequiredType();
        var expected = type == null ? "" : type.isEnum()
                ? " one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList())
                : " a " + (java.time.temporal.Temporal.class.isAssignableFrom(type) ? "date-time such as 2024-10-21T00:00:00Z"
                        : type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        return problem(HttpStatus.BAD_REQUEST, e.getName() + ": '" + e.getValue() + "' is not" + expected + ".",
                request);
    }

    /** A value of a parameter record (ListParams) that does not convert. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<Problem> badBinding(org.springframework.validation.BindException e, HttpServletRequest request) {
        var detail = e.getFieldErrors().stream().map(error -> error.getField() + ": '" + error.getRejectedValue()
                + "' is not valid" + ("updatedSince".equals(error.getField())
                        ? "; use a date-time such as 2024-10-21T00:00:00Z" : "") + ".")
                .findFirst().orElse("A parameter is not valid.");
        return problem(HttpStatus.BAD_REQUEST, detail, request);
    }

    @ExceptionHandler({ ApiScopeException.class, AccessDeniedException.class })
    ResponseEntity<Problem> outOfScope(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, e instanceof ApiScopeException ? e.getMessage()
                : "Outside what this token may read: " + e.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> failed(Exception e, HttpServletRequest request) {
        log.error("API call failed: {}", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to answer; the call is logged.", request);
    }

    static ResponseEntity<Problem> problem(HttpStatus status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(Problem.of(status, detail, request.getRequestURI()));
    }
}

package id.go.kemendagri.siap.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An error answer (RFC 9457 problem details, {@code application/problem+json}): {@code title} says what
 * kind of error, {@code detail} what exactly, {@code instance} the path called.
 */
@Schema(name = "Problem", description = "An error (RFC 9457 problem details).")
public record Problem(
        @Schema(description = "Always about:blank: the status and title say what it is.", example = "about:blank") String type,
        @Schema(description = "The HTTP status phrase.", example = "Unauthorized") String title,
        @Schema(description = "The HTTP status code.", example = "401") int status,
        @Schema(description = "What went wrong, in English.", example = "The token is unknown.") String detail,
        @Schema(description = "The path that was called.", example = "/api/v1/readiness/provinces") String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(org.springframework.http.HttpStatus status, String detail, String path) {
        return new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, path);
    }
}

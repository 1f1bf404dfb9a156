package id.go.kemendagri.siap.api.v1;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list of the read API: its items, and where the next page starts. The OpenAPI document names
 * each list's page after its items ({@code CursorPage<Grant>} is {@code GrantPage}; see {@code OpenApiConfig}).
 *
 * @param <T> the items, as JSON
 */
public record CursorPage<T>(List<T> items,
        @Schema(description = "Pass as cursor for the next page; null on the last page.", nullable = true)
        String nextCursor) {
}

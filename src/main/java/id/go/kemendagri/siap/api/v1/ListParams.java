package id.go.kemendagri.siap.api.v1;

import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.Parameter;

/** What every list takes besides its filters: incremental sync, and where the page starts and how long it is. */
record ListParams(
        @Parameter(description = ApiDocs.UPDATED_SINCE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        OffsetDateTime updatedSince,
        @Parameter(description = ApiDocs.CURSOR) String cursor,
        @Parameter(description = ApiDocs.LIMIT) Integer limit) {

    java.time.Instant since() {
        return updatedSince == null ? null : updatedSince.toInstant();
    }
}

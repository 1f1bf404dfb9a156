package id.go.kemendagri.siap.security;

/** What the API edge reports about one call, to be logged. */
public record ApiCallRecord(ApiClient client, String method, String path, int status, long durationMillis,
        String remoteAddress) {
}

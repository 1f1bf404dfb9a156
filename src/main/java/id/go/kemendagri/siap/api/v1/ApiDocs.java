package id.go.kemendagri.siap.api.v1;

/**
 * The contract's version and the texts its parameters share. Raise {@link #VERSION} (major part) for a
 * breaking change of the contract; {@code OpenApiContractTest} fails a breaking change without it.
 */
public final class ApiDocs {

    /** info.version of the OpenAPI document. */
    public static final String VERSION = "1.0.0";

    static final String UPDATED_SINCE = "Only items changed after this moment (ISO 8601, e.g. 2024-10-21T00:00:00Z):"
            + " for incremental sync, pass the largest updatedAt of the previous sync. Deleted items are not"
            + " reported: read the whole list now and then.";
    static final String CURSOR = "The nextCursor of the previous page; repeat the same filters with it.";
    static final String LIMIT = "Items per page: 100 when not given, at most 500 (a larger value is cut to 500).";
    static final String PROVINCE = "Province code, as on the screens (?provinsi=62). A token issued for a province"
            + " may name only its own.";
    static final String REGION = "One region's official code (62 or 62.07).";
    static final String SEARCH = "Text in the name or the start of the code, as the screen's search (at most 60"
            + " characters).";
    static final String YES_NO = "ya or tidak";

    private ApiDocs() {
    }
}

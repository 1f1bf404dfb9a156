package id.go.kemendagri.siap.security;

import java.util.Set;

/**
 * The system behind a valid read-API token, for the duration of one call. It reads like leadership (every
 * region, nothing written) or, when the token names a province, like leadership confined to it.
 */
public record ApiClient(long tokenId, String name, String prefix, Set<ApiScope> scopes, String provinceCode) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** The principal that services see through {@link RegionAccess}. */
    public SignedInUser principal() {
        return SignedInUser.of("api:" + prefix, Role.LEADERSHIP, provinceCode);
    }
}

package id.go.kemendagri.siap.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a read-API token may read, one scope per kind of resource. {@link #PJ_SCORES} adds the personal
 * figures of a Pj's evaluations (indicator scores, neutrality score, recommendation, note) to what
 * {@link #PJ_REPORTS} shows; without it a token sees only the category.
 */
public enum ApiScope {
    REGIONS("regions"),
    READINESS("readiness"),
    HEADS("heads"),
    PJ_REPORTS("pj-reports"),
    PJ_SCORES("pj-scores"),
    GRANTS("grants"),
    FOLLOW_UPS("follow-ups");

    private final String label;

    ApiScope(String label) {
        this.label = label;
    }

    /** The name clients see, e.g. {@code pj-reports}. */
    public String label() {
        return label;
    }

    /** The authority Spring Security checks, e.g. {@code SCOPE_pj-reports}. */
    public String authority() {
        return "SCOPE_" + label;
    }

    static String join(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ApiScope> split(String stored) {
        var result = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(ApiScope::valueOf).forEach(result::add);
        return result;
    }
}

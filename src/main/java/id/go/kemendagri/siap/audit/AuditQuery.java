package id.go.kemendagri.siap.audit;

import java.util.Set;

/**
 * Which changes to list: of one kind ({@code entityType}, null for all), within one province and its
 * kabupaten/kota ({@code provinceCode}, null for the whole country), only those that belong to a
 * region, and never the kinds in {@code hiddenTypes}.
 */
public record AuditQuery(String entityType, String provinceCode, boolean regionOnly, Set<String> hiddenTypes) {

    public AuditQuery {
        hiddenTypes = Set.copyOf(hiddenTypes);
    }
}

package id.go.kemendagri.siap.checklist;

import java.time.Instant;
import java.util.List;

/**
 * Readiness of a province or a region for other systems: {@code total} over all themes and one entry per
 * theme with items, in the themes' order. {@code regions} counts the regions with items (1 for a region).
 * {@code changedAt} is the latest change of a counted item (null: none since changes were recorded).
 */
public record ReadinessRecord(String code, String name, String provinceCode, long regions, ThemeReadiness total,
        List<ThemeReadiness> themes, Instant changedAt) {
}

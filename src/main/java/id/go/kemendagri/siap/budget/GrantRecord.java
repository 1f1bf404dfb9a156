package id.go.kemendagri.siap.budget;

import java.time.Instant;

/** A grant with its tranches and transfers and where it belongs, for other systems. */
public record GrantRecord(GrantDetails grant, String regionName, String provinceCode, String provinceName,
        Instant changedAt) {
}

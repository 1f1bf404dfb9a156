package id.go.kemendagri.siap.region;

import java.time.Instant;

/** A region as other systems read it; {@code changedAt} is null when it has not changed since it was loaded. */
public record RegionRecord(String code, String name, RegionLevel level, String provinceCode, String provinceName,
        boolean holdsPilkada, Instant changedAt) {
}

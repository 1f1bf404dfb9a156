package id.go.kemendagri.siap.region;

import java.time.LocalDate;

/** A region's page header: what it is, where it belongs and whether it votes in the current cycle. */
public record RegionDetails(String code, String name, RegionLevel level, String provinceCode, String provinceName,
        boolean holdsPilkada, String cycleName, LocalDate voteDate) {
}

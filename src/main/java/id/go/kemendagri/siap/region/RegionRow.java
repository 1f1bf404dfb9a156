package id.go.kemendagri.siap.region;

/** One line of the region grid. */
public record RegionRow(String code, String name, RegionLevel level, String provinceCode, String provinceName,
        boolean holdsPilkada) {
}

package id.go.kemendagri.siap.region;

/**
 * What the region grid is filtered by; {@code null} means "any". {@code search} matches the start of
 * the code or any part of the name, ignoring case.
 */
public record RegionFilter(String provinceCode, RegionLevel level, Boolean holdsPilkada, String search) {

    public static final RegionFilter ALL = new RegionFilter(null, null, null, null);

    public RegionFilter withProvince(String provinceCode) {
        return new RegionFilter(provinceCode, level, holdsPilkada, search);
    }
}

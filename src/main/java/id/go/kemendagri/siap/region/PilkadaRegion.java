package id.go.kemendagri.siap.region;

/** A region that holds a Pilkada in the current cycle: what features that keep something per region need. */
public record PilkadaRegion(String code, String provinceCode, RegionLevel level) {
}

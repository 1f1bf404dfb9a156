package id.go.kemendagri.siap.leadership;

/**
 * What tenures are read by: the heads grid's filter, one region, and current ({@code true}) or ended
 * ({@code false}) tenures only; null means any.
 */
public record TenureFilter(HeadFilter heads, String regionCode, Boolean active) {
}

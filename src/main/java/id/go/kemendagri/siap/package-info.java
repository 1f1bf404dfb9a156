/**
 * SIAP Pilkada: tracks, region by region, whether each province and kabupaten/kota is ready for its
 * regional head election. One sub-package per feature; see docs/architecture.md.
 */
package id.go.kemendagri.siap;

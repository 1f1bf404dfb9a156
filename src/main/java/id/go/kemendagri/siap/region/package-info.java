/**
 * The official regions (38 provinces, 514 kabupaten/kota, codes from Kepmendagri 300.2.2-2138/2025 via
 * the idn-area-data package), the election cycle that says which of them hold a Pilkada, and each
 * region's Desk Pilkada contact: the first editable thing, done the way later features copy.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "security" })
package id.go.kemendagri.siap.region;

import org.springframework.modulith.ApplicationModule;

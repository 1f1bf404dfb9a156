/**
 * Fans committed changes out to the open screens. Services publish {@link id.go.kemendagri.siap.base.RegionChange}
 * events inside their transaction; the hub receives them only after commit and pushes them, coalesced,
 * to the UIs that subscribed to that region. In one JVM; across nodes it would take a real broker.
 * Nothing but screens depends on this package.
 */
@ApplicationModule(allowedDependencies = { "base" })
package id.go.kemendagri.siap.liveupdate;

import org.springframework.modulith.ApplicationModule;

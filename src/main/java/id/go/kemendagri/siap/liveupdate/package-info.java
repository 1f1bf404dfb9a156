/**
 * Fans committed changes out to the open screens. Services publish {@link id.go.kemendagri.siap.base.RegionChange}
 * events inside their transaction; the hub receives them only after commit and pushes them, coalesced,
 * to the UIs that subscribed to that region. Across nodes, {@link id.go.kemendagri.siap.cluster.ClusterRelay} brings
 * the other nodes' changes in as local events, and presence is shared through {@link id.go.kemendagri.siap.cluster.ClusterPresence}.
 * Nothing but screens depends on this package.
 */
@ApplicationModule(allowedDependencies = { "base", "cluster" })
package id.go.kemendagri.siap.liveupdate;

import org.springframework.modulith.ApplicationModule;

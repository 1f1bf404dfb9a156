/**
 * Read-only summary boards over the features' services. Sits at the edge: nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "base", "budget", "checklist", "followup", "leadership", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.dashboard;

import org.springframework.modulith.ApplicationModule;

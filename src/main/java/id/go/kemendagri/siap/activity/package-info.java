/**
 * The activity feed: what changed recently, who changed it and where, read from the audit trail (so it
 * shows only what committed) and scoped to what the user may see.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.activity;

import org.springframework.modulith.ApplicationModule;

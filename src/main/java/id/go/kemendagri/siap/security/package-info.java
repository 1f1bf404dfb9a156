/**
 * Sign-in, roles and who may touch which region. {@link id.go.kemendagri.siap.security.RegionAccess}
 * is the one place that decides whether the signed-in user may read or write a region; every feature
 * service asks it before writing, so a screen that forgets a check still cannot write another
 * province's data.
 */
@ApplicationModule(allowedDependencies = { "audit", "base" })
package id.go.kemendagri.siap.security;

import org.springframework.modulith.ApplicationModule;

/**
 * Coordination meetings (Rakor, Rakortekrenbang, Forkopimda meetings) between the ministry and the
 * regions, and the follow-up items each meeting gives to regions: who does what by when, with evidence,
 * until an evaluator closes it.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.followup;

import org.springframework.modulith.ApplicationModule;

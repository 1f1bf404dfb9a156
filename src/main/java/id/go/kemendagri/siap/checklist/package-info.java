/**
 * Readiness checklists: a versioned template per election cycle, one checklist per region holding a
 * Pilkada, items with status, note and evidence, evaluator verification, item history, and readiness
 * figures computed by aggregate queries. Derived items follow the grants (budget) and the heads of region
 * (leadership) through their facts ({@code GrantFacts}, {@code HeadFacts}) and change events; neither feature
 * depends on the checklist. {@code ui} holds the region-page section and the task,
 * verification and recap screens.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "budget", "leadership", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.checklist;

import org.springframework.modulith.ApplicationModule;

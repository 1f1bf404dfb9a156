/**
 * Readiness checklists: a versioned template per election cycle, one checklist per region holding a
 * Pilkada, items with status, note and evidence, evaluator verification, item history, and readiness
 * figures computed by aggregate queries. {@code ui} holds the region-page section and the task,
 * verification and recap screens.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.checklist;

import org.springframework.modulith.ApplicationModule;

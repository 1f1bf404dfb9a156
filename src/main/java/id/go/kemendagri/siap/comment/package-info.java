/**
 * Comments: threads on a region, a checklist item, a follow-up or a grant, with @mentions of people who may
 * read the region; kept, audited, editable for a short time, then only struck through (docs/notifications.md).
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "security" })
package id.go.kemendagri.siap.comment;

import org.springframework.modulith.ApplicationModule;

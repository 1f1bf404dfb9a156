/**
 * Change history: who changed what, when, from which value to which. Features record into it in the
 * same transaction as the change itself, so the history never shows what did not commit and never
 * misses what did.
 */
@ApplicationModule(allowedDependencies = { "base" })
package id.go.kemendagri.siap.audit;

import org.springframework.modulith.ApplicationModule;

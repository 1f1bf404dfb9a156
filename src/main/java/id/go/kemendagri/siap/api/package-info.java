/**
 * The read API for other systems ({@code /api/v1}): JSON over the features' feed services, behind tokens
 * that administrators issue ({@link id.go.kemendagri.siap.security.ApiTokenService}), in a security chain
 * of its own (stateless, no cookies, no CSRF, reading only), with a rate limit per token, a log of every
 * call and an OpenAPI 3 document at {@code /v3/api-docs}. See docs/api.md.
 */
@ApplicationModule(allowedDependencies = { "base", "budget", "checklist", "followup", "leadership", "region", "security" })
package id.go.kemendagri.siap.api;

import org.springframework.modulith.ApplicationModule;

/**
 * The activity feed: what changed recently, who changed it and where, read from the audit trail (so it
 * shows only what committed) and scoped to what the user may see.
 */
package id.go.kemendagri.siap.activity;

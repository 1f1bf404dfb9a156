/**
 * Read-only summary boards over the features' services. Sits at the edge: nothing depends on it.
 */
package id.go.kemendagri.siap.dashboard;

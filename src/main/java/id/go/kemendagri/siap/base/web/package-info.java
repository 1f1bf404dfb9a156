/**
 * The web edge that is not Vaadin: the start-up gate that answers "starting" until the application is
 * ready, and the application's own meters for Micrometer.
 */
package id.go.kemendagri.siap.base.web;

/**
 * Heads of region: who leads each region now and before (elected head, Pj, Pjs, Plt, Plh), the one-year
 * Pj terms and their extensions, the quarterly reports a Pj owes counted from the swearing-in date, and
 * the Inspectorate General's evaluation of each report (indicators per aspect, category, ASN neutrality,
 * recommendation). Evaluators and administrators write tenures and evaluations; provincial staff record
 * their province's reports; leadership reads.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.leadership;

import org.springframework.modulith.ApplicationModule;

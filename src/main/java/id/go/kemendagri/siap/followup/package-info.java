/**
 * Coordination meetings (Rakor, Rakortekrenbang, Forkopimda meetings) between the ministry and the
 * regions, and the follow-up items each meeting gives to regions: who does what by when, with evidence,
 * until an evaluator closes it.
 */
package id.go.kemendagri.siap.followup;

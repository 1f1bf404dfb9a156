package id.go.kemendagri.siap.leadership;


/** A tenure was created, extended or ended and committed at this version. */
public record HeadTenureChanged(String regionCode, long tenureId, long version) implements LeadershipChanged {
}

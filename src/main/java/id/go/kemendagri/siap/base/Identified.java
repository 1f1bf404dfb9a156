package id.go.kemendagri.siap.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A row whose id is a number the database generates (an identity column), with nothing else in common: the base of
 * {@link LogEntry} and {@link VersionedRecord}. A {@link Stamped} row gets its generated id from
 * {@link StampedRecord} instead (Java has one superclass).
 */
@MappedSuperclass
public abstract class Identified {

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}

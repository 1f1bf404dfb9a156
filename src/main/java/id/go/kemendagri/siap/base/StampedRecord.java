package id.go.kemendagri.siap.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/** A {@link Stamped} row whose id is a number the database generates (an identity column). */
@MappedSuperclass
public abstract class StampedRecord extends Stamped {

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}

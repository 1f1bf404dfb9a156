package id.go.kemendagri.siap.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service that only reads (lists, figures, feeds, reference data): a Spring {@link Service} whose public methods
 * each run in a read-only transaction, so Hibernate skips dirty checking and the reads of one call see one snapshot.
 * A method that needs something else says so with its own {@link Transactional}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
@Transactional(readOnly = true)
public @interface ReadOnlyService {
}

package id.go.kemendagri.siap.base;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writing a versioned row that a form loaded earlier: save and flush now, so that a commit made by someone else
 * since the row was read shows up here as a {@link StaleDataException} (without a current state: the caller's
 * transaction is spoilt, the screen reloads) rather than as an error at commit.
 */
public final class StaleSaves {

    private StaleSaves() {
    }

    /** Saves and flushes; a version clash (someone saved the row in between) is a {@link StaleDataException}. */
    public static <T> T flush(JpaRepository<T, ?> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException(null);
        }
    }

    /**
     * As {@link #flush}, for a row that may also be created: a unique key taken in between (someone created the
     * same row first) is a {@link StaleDataException} too. The database had the last word.
     */
    public static <T> T flushUnique(JpaRepository<T, ?> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new StaleDataException(null);
        }
    }
}

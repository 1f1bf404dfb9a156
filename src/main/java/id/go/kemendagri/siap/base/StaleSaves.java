package id.go.kemendagri.siap.base;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writing a versioned row that a form loaded earlier: first refuse a save based on another version than the stored
 * one ({@link #requireVersion}, with the current state for the screen to show beside what the user typed); then save
 * and flush now, so that a commit made by someone else since the row was read shows up here as a
 * {@link StaleDataException} (without a current state: the caller's transaction is spoilt, the screen reloads) rather
 * than as an error at commit.
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

    /**
     * Refuses a save based on another version than the row's: a {@link StaleDataException} carrying
     * {@code current} of the row.
     */
    public static <T extends Stamped> void requireVersion(T row, Long version, Function<? super T, ?> current) {
        requireVersion(Optional.of(row), version, current);
    }

    /**
     * As {@link #requireVersion(Stamped, Long, Function)}, for a row that may not be there yet: the form of a new row
     * names no version, and the exception then carries no current state.
     */
    public static <T extends Stamped> void requireVersion(Optional<T> row, Long version, Function<? super T, ?> current) {
        if (!Objects.equals(row.map(Stamped::getVersion).orElse(null), version)) {
            throw new StaleDataException(row.map(current).orElse(null));
        }
    }
}

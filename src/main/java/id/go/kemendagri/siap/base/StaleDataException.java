package id.go.kemendagri.siap.base;

/**
 * A save was based on a version that someone else has already replaced. Carries the current
 * state so that the screen can show it instead of silently overwriting it.
 */
public class StaleDataException extends RuntimeException {

    private final transient Object current;

    public StaleDataException(Object current) {
        super("error.stale");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}

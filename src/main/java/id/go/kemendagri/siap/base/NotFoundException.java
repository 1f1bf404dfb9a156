package id.go.kemendagri.siap.base;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}

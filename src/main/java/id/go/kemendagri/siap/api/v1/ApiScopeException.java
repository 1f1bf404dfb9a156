package id.go.kemendagri.siap.api.v1;

/** A call outside what the token may read (another province, a personal score): 403 with the message. */
public class ApiScopeException extends RuntimeException {

    public ApiScopeException(String message) {
        super(message);
    }
}

package id.go.kemendagri.siap.api.v1;

/** A call the API cannot answer as asked (a bad parameter): 400 with the message as detail. */
public class ApiInputException extends RuntimeException {

    public ApiInputException(String message) {
        super(message);
    }
}

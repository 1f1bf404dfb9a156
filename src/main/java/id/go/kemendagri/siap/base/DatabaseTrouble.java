package id.go.kemendagri.siap.base;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database connection (the database down or unreachable, the pool's wait over, a
 * statement past its time-out) from a failure of the application: the first is worth a calm message and a
 * retry, and a one-line log entry instead of a stack trace.
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    /** Whether {@code error} or one of its causes says that the database could not be reached in time. */
    public static boolean isCause(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause.getClass().getName().startsWith("com.mysql.cj.exceptions.CJCommunications")
                    || cause.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    /** One line for the log: the outermost and the innermost message, without the stack. */
    public static String summary(Throwable error) {
        var root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var first = error.getClass().getSimpleName() + ": " + firstLine(error.getMessage());
        return root == error ? first : first + " (cause " + root.getClass().getSimpleName() + ": "
                + firstLine(root.getMessage()) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        var end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

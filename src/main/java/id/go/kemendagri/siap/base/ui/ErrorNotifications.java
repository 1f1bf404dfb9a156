package id.go.kemendagri.siap.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import id.go.kemendagri.siap.base.DatabaseTrouble;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;

/**
 * What a user sees when a click ends in an error no screen handled: a message in their language instead
 * of a stack trace. Refusals and stale saves are expected; anything else is logged.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var cause = rootOf(error.getThrowable());
            var key = DatabaseTrouble.isCause(error.getThrowable()) ? database(error.getThrowable()) : switch (cause) {
                case AccessDeniedException e -> "error.access-denied";
                case StaleDataException e -> "error.stale";
                case InvalidInputException e -> "error.invalid";
                default -> {
                    log.error("Unexpected error in the UI", error.getThrowable());
                    yield "error.unexpected";
                }
            };
            var ui = UI.getCurrent();
            if (ui != null) {
                Toasts.show(ui.getTranslation(key), NotificationVariant.LUMO_ERROR, 6000);
            }
        }));
    }

    private static String database(Throwable error) {
        log.warn("A click failed, the database is out of reach: {}", DatabaseTrouble.summary(error));
        return "error.database";
    }

    private static Throwable rootOf(Throwable throwable) {
        var current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof AccessDeniedException || current instanceof StaleDataException
                        || current instanceof InvalidInputException)) {
            current = current.getCause();
        }
        return current;
    }
}

package id.go.kemendagri.siap.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.go.kemendagri.siap.base.DatabaseTrouble;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page that fails to open shows instead of Vaadin's "There was an exception while trying to navigate
 * to ..." with its stack trace: a message in the user's language, a link that tries the page again and one
 * back to the home page. A database out of reach gets its own message (and a one-line log entry); anything
 * else is logged in full. Deliberately without the main layout: the layout reads the database too.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView() {
        addClassName("error-view");
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        var path = event.getLocation().getPathWithQueryParameters();
        var database = DatabaseTrouble.isCause(parameter.getCaughtException());
        if (database) {
            log.warn("Page /{} could not open, the database is out of reach: {}", path,
                    DatabaseTrouble.summary(parameter.getCaughtException()));
        } else {
            log.error("Page /{} could not open", path, parameter.getCaughtException());
        }
        var again = new Anchor(path, getTranslation("error.try-again"));
        // a full reload, so that the page is built anew
        again.getElement().setAttribute("router-ignore", true);
        var home = new Anchor("", getTranslation("error.back-home"));
        home.getElement().setAttribute("router-ignore", true);
        add(new H2(getTranslation(database ? "error.database.page" : "error.page")),
                new Paragraph(getTranslation(database ? "error.database.page.detail" : "error.unexpected")),
                new HorizontalLayout(again, home));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

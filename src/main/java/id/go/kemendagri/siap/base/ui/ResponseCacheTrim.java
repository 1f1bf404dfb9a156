package id.go.kemendagri.siap.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;

/**
 * Keeps a screen from holding on to its biggest answer. Vaadin keeps each screen's last answer to a
 * browser request as text, to send it again if the browser repeats that request after a network drop.
 * After a navigation inside the app or the opening of a big dialog, that answer is the whole new view
 * (tens to hundreds of KB) and would stay in memory for as long as the user just reads. When an answer
 * is bigger than {@link #LARGE}, the server asks the browser for one tiny round trip (a script that
 * returns nothing, whose result comes back as the next request); its small answer then takes the big
 * one's place. Resending stays correct: the browser only starts the round trip once it has the big answer.
 */
@Component
class ResponseCacheTrim implements VaadinServiceInitListener, VaadinRequestInterceptor {

    /** Answers up to this many characters are left alone. */
    static final int LARGE = 4096;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Nothing to do before the request.
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // Vaadin reports the error itself.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        var uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (uiId == null || !uiId.matches("\\d{1,9}")) {
            return;
        }
        session.access(() -> {
            var ui = session.getUIById(Integer.parseInt(uiId));
            if (ui != null && ui.isAttached()) {
                trimIfLarge(ui);
            }
        });
    }

    /** Starts the round trip when the screen's kept answer is large; returns whether it did. */
    static boolean trimIfLarge(UI ui) {
        var last = ui.getInternals().getLastRequestResponse();
        if (last == null || last.length() <= LARGE) {
            return false;
        }
        ui.getPage().executeJs("return 0").then(ignored -> {
            // The request that brings this result back is what replaces the kept answer.
        });
        return true;
    }
}

package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" in the user's language. Also what a user sees for a page or region outside their remit:
 * it does not tell them whether it exists.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : getTranslation("error.not-found.detail");
        var home = new Anchor("", getTranslation("error.back-home"));
        home.getElement().setAttribute("router-link", true);
        add(new H2(getTranslation("error.not-found")), new Paragraph(message), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

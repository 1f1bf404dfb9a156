package id.go.kemendagri.siap.security.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.ui.LocaleSetup;
import id.go.kemendagri.siap.base.ui.Translations;

/**
 * The sign-in page: Spring Security's form (a plain POST to {@code /login}), a switch between Bahasa Indonesia and
 * English, and after a refused sign-in the same message whatever the reason, with the user name the person typed
 * still in its field ({@link FailedSignInName}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/login.css")
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    /** The query parameter of a sign-in that came with an outdated or missing CSRF token (page left open too long). */
    static final String EXPIRED = "expired";

    final LoginForm form = new LoginForm();
    final List<Button> languages = new ArrayList<>();
    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final Div hint = new Div();
    private boolean expired;
    /** The last refusal was the sign-in service failing (database unreachable), not the name or password. */
    private boolean trouble;
    /** The user name of the refused sign-in, put back into the form's field; null when there was none. */
    private String username;

    LoginView(DemoMode demoMode) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        subtitle.addClassName("login-subtitle");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var switcher = new HorizontalLayout();
        switcher.addClassName("login-languages");
        switcher.setSpacing(false);
        for (var locale : Translations.LOCALES) {
            var language = locale.getLanguage();
            var button = new Button(getTranslation("login.language." + language), e -> LocaleSetup.choose(language));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("login-language-" + language);
            languages.add(button);
            switcher.add(button);
        }
        add(switcher, title, subtitle, form);
        hint.addClassName("demo-hint");
        hint.setVisible(demoMode.active());
        add(hint);
        showTexts();
    }

    private void showTexts() {
        title.setText(getTranslation("app.name"));
        subtitle.setText(getTranslation("login.subtitle"));
        hint.setText(getTranslation("login.demo-hint"));
        var current = getLocale() == null ? "id" : getLocale().getLanguage();
        for (var button : languages) {
            var language = button.getId().orElseThrow().substring("login-language-".length());
            button.setEnabled(!language.equals(current));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(language.equals(current)));
        }
        form.setI18n(i18n());
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        var key = expired ? "login.expired" : trouble ? "login.trouble" : "login.error";
        error.setTitle(getTranslation(key + ".title"));
        error.setMessage(getTranslation(key + ".message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        expired = parameters.containsKey(EXPIRED);
        // One message for every refusal (unknown user, wrong password, disabled, held back): telling them apart
        // would tell an outsider which user names exist.
        var refused = parameters.containsKey("error");
        // A refusal because the check itself failed (the database cannot be reached) says so: it does not depend
        // on the name or password typed, so it tells an outsider nothing about which user names exist.
        var session = VaadinSession.getCurrent().getSession();
        trouble = refused && session != null && session.getAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof org.springframework.security.authentication.AuthenticationServiceException;
        form.setI18n(i18n());
        form.setError(expired || refused);
        username = refused ? FailedSignInName.read(VaadinSession.getCurrent().getSession()) : null;
        if (username != null) {
            // The form draws its fields itself (light DOM of <vaadin-login-form>): fill the name once drawn and
            // leave the password for the person to type again.
            form.getElement().setProperty("noAutofocus", true);
            form.getElement().executeJs("""
                    this.updateComplete.then(() => {
                      const name = this.querySelector('#vaadinLoginUsername');
                      const password = this.querySelector('#vaadinLoginPassword');
                      if (name) { name.value = $0; }
                      if (password) { password.focus(); }
                    })""", username);
        }
    }

    /** The user name put back into the form after a refused sign-in, or null. */
    String username() {
        return username;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}

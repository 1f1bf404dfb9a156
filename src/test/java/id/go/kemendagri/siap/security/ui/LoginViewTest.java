package id.go.kemendagri.siap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.support.UiTest;

/** The sign-in view says the same after every refused sign-in, whatever the reason kept in the session. */
class LoginViewTest extends UiTest {

    @Test
    void every_refused_sign_in_shows_the_same_message() {
        var shown = new ArrayList<String>();
        for (AuthenticationException refusal : new AuthenticationException[] { new BadCredentialsException("x"),
                new DisabledException("x"), new LockedException("x") }) {
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
            var view = navigateAs(null, "login?error", LoginView.class);
            assertThat(view.form.isError()).isTrue();
            shown.add(String.valueOf(view.form.getElement().getPropertyRaw("i18n")));
        }

        assertThat(shown).hasSize(3).containsOnly(shown.getFirst());
        assertThat(shown.getFirst()).contains("Tidak dapat masuk").doesNotContain("dikunci");
    }
}

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

    @Test
    void a_sign_in_refused_because_the_database_cannot_be_reached_says_so_not_wrong_password() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.InternalAuthenticationServiceException("down",
                        new org.springframework.dao.DataAccessResourceFailureException("Connection refused")));
        var view = navigateAs(null, "login?error", LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n")))
                .contains("Layanan masuk sedang terganggu", "bukan berarti salah").doesNotContain("kata sandi salah");
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Test
    void the_user_name_of_a_refused_sign_in_stays_in_its_field() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setSession(new org.springframework.mock.web.MockHttpSession());
        org.springframework.web.context.request.RequestContextHolder
                .setRequestAttributes(new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            new FailedSignInName().onFailure(new org.springframework.security.authentication.event
                    .AuthenticationFailureBadCredentialsEvent(org.springframework.security.authentication
                            .UsernamePasswordAuthenticationToken.unauthenticated(" kalteng ", "wrong"),
                            new BadCredentialsException("x")));
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        assertThat(request.getSession().getAttribute(FailedSignInName.ATTRIBUTE)).isEqualTo("kalteng");

        VaadinSession.getCurrent().getSession().setAttribute(FailedSignInName.ATTRIBUTE, "kalteng");
        var refused = navigateAs(null, "login?error", LoginView.class);
        assertThat(refused.username()).isEqualTo("kalteng");
        assertThat(refused.form.getElement().getProperty("noAutofocus", false)).isTrue();

        var fresh = navigateAs(null, "login", LoginView.class);
        assertThat(fresh.username()).isNull();
        VaadinSession.getCurrent().getSession().removeAttribute(FailedSignInName.ATTRIBUTE);
    }

    @Test
    void the_sign_in_page_switches_between_indonesian_and_english() {
        var view = navigateAs(null, "login", LoginView.class);
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n"))).contains("Nama pengguna");
        var english = view.languages.stream().filter(b -> b.getId().orElseThrow().endsWith("-en")).findFirst().orElseThrow();
        assertThat(english.isEnabled()).isTrue();

        test(english).click();

        assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n"))).contains("User name")
                .doesNotContain("Nama pengguna");
        assertThat(english.isEnabled()).isFalse();

        var indonesian = view.languages.stream().filter(b -> b.getId().orElseThrow().endsWith("-id")).findFirst().orElseThrow();
        test(indonesian).click();
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n"))).contains("Nama pengguna");
    }
}

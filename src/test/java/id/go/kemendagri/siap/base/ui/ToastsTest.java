package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.support.UiTest;

/** One notification at a time: the next closes the one before, so a stale error never sits above a success. */
class ToastsTest extends UiTest {

    @Test
    void a_success_closes_the_error_shown_before_it() {
        var owner = UI.getCurrent();
        FieldErrors.show(owner, Map.of("name", "error.invalid"), Map.of("other", new TextField()));
        var error = Toasts.current();
        assertThat(error).isNotNull();
        assertThat(error.getElement().getThemeList()).contains("error");

        var success = Toasts.show("Tersimpan.", NotificationVariant.LUMO_SUCCESS);

        assertThat(error.isOpened()).isFalse();
        assertThat(Toasts.current()).isSameAs(success);
        assertThat(success.getElement().getThemeList()).contains("success");
        assertThat(success.getDuration()).isEqualTo(Toasts.SUCCESS_MS);
    }
}

package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.support.UiTest;

class ConnectionMessagesTest extends UiTest {

    @Test
    void an_expired_session_says_so_in_indonesian_and_leads_to_the_sign_in_page() {
        var messages = VaadinService.getCurrent().getSystemMessages(Formats.INDONESIAN, null);

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredMessage()).contains("Sesi Anda berakhir");
        assertThat(messages.getSessionExpiredURL()).isEqualTo("login");
    }

    @Test
    void a_lost_connection_is_retried_with_a_translated_note() {
        var reconnect = UI.getCurrent().getReconnectDialogConfiguration();

        assertThat(reconnect.getDialogText()).startsWith("Koneksi terputus");
        assertThat(reconnect.getReconnectAttempts()).isEqualTo(120);
    }
}

package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.base.NotFoundException;

/** What one list's download address answers for the key a browser sends: the key is never trusted. */
class RowDownloadsTest {

    private static DownloadResponse file(String key) {
        if (!key.equals("7")) {
            throw new NotFoundException("file " + key);
        }
        return new DownloadResponse(new ByteArrayInputStream(new byte[] { 1, 2 }), "bukti.pdf", "application/pdf", 2);
    }

    @Test
    void a_known_key_gets_its_file() {
        var response = RowDownloads.respond(RowDownloadsTest::file, "7");
        assertThat(response.hasError()).isFalse();
        assertThat(response.getFileName()).isEqualTo("bukti.pdf");
    }

    @Test
    void a_missing_key_is_a_bad_request_and_an_unknown_or_malformed_one_is_not_found() {
        assertThat(RowDownloads.respond(RowDownloadsTest::file, null).getError()).isEqualTo(400);
        assertThat(RowDownloads.respond(RowDownloadsTest::file, " ").getError()).isEqualTo(400);
        assertThat(RowDownloads.respond(RowDownloadsTest::file, "8").getError()).isEqualTo(404);
        assertThat(RowDownloads.respond(key -> file(Long.toString(Long.parseLong(key))), "7;drop").getError())
                .isEqualTo(404);
    }

    @Test
    void a_key_the_user_may_not_read_is_forbidden() {
        assertThat(RowDownloads.respond(key -> {
            throw new AccessDeniedException("another province");
        }, "7").getError()).isEqualTo(403);
    }

    @Test
    void a_storage_failure_is_not_hidden_as_a_missing_file() {
        assertThatThrownBy(() -> RowDownloads.respond(key -> {
            throw new IOException("disk");
        }, "7")).isInstanceOf(UncheckedIOException.class);
    }
}

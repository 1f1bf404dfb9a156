package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only an http or https address with a real host is a web link; a draft's {@link WebLink} follows the same rule. */
class WebLinksTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://kpu.go.id/nphd/2024.pdf", "http://bawaslu.go.id" })
    void an_http_or_https_address_with_a_real_host_is_a_web_link(String address) {
        assertThat(WebLinks.isWebLink(address)).isTrue();
    }

    /** Other schemes, a host without a dot ("intranet"), a space in the path, nothing at all. */
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://intranet/x",
            "https://kpu.go.id/a b" })
    void anything_else_is_not(String address) {
        assertThat(WebLinks.isWebLink(address)).isFalse();
    }

    @Test
    void an_address_longer_than_the_limit_is_not() {
        assertThat(WebLinks.isWebLink("https://kpu.go.id/" + "a".repeat(WebLinks.MAX_LENGTH))).isFalse();
    }

    record Draft(@WebLink(message = "test.error.link") String link) {
    }

    /** A draft's optional link: empty, blank or a web link once trimmed (as the services store it); else the message. */
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  ", "https://kpu.go.id/nphd/2024.pdf", " http://bawaslu.go.id " })
    void a_drafts_link_may_be_left_empty_or_be_a_web_link(String link) {
        assertThat(DraftConstraints.check(new Draft(link))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "https://intranet/x", "kpu.go.id" })
    void a_drafts_link_that_is_no_web_link_gets_the_fields_message(String link) {
        assertThat(DraftConstraints.check(new Draft(link))).containsExactly(Map.entry("link", "test.error.link"));
        assertThat(DraftConstraints.check(Draft.class, "link", link)).isEqualTo("test.error.link");
    }
}

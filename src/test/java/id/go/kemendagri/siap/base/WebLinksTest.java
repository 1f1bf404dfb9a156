package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinksTest {

    @Test
    void only_an_http_or_https_address_with_a_real_host_is_a_web_link() {
        assertThat(WebLinks.isWebLink("https://kpu.go.id/nphd/2024.pdf")).isTrue();
        assertThat(WebLinks.isWebLink("http://bawaslu.go.id")).isTrue();
        assertThat(WebLinks.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.isWebLink("data:text/html,x")).isFalse();
        assertThat(WebLinks.isWebLink("file:///etc/passwd")).isFalse();
        assertThat(WebLinks.isWebLink("https://intranet/x")).as("a host without a dot").isFalse();
        assertThat(WebLinks.isWebLink("https://kpu.go.id/a b")).isFalse();
        assertThat(WebLinks.isWebLink("")).isFalse();
        assertThat(WebLinks.isWebLink(null)).isFalse();
        assertThat(WebLinks.isWebLink("https://kpu.go.id/" + "a".repeat(WebLinks.MAX_LENGTH))).isFalse();
    }
}

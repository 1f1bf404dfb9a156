package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.dom.Element;

class MarkupTest {

    @Test
    void text_and_attribute_values_from_data_are_escaped() {
        var html = new Markup().element("span", "<img src=x onerror=alert(1)> & \"Budi\" 'B'", "class", "a\" onclick=\"x")
                .toString();

        assertThat(html).isEqualTo("<span class=\"a&quot; onclick=&quot;x\">&lt;img src=x onerror=alert(1)&gt; &amp; "
                + "&quot;Budi&quot; &#39;B&#39;</span>");
        assertThat(Markup.plainText(html)).isEqualTo("<img src=x onerror=alert(1)> & \"Budi\" 'B'");
    }

    @Test
    void attributes_without_a_value_are_left_out_and_badges_carry_lumo_themes() {
        var element = new Element("div");
        new Markup().badge("Selesai", "success", null).badge("Belum", "", "status-badge").into(element);

        assertThat(element.getProperty("innerHTML")).isEqualTo(
                "<span theme=\"badge success\">Selesai</span><span theme=\"badge\" class=\"status-badge\">Belum</span>");
        assertThat(Markup.escape(null)).isEmpty();
    }
}

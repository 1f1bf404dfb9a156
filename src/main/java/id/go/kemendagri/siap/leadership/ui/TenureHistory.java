package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * Who led the region before, the latest first, with how and why each tenure ended: a native
 * {@code <details>} with a table, drawn as HTML into one element (read-only, opened and closed in the
 * browser), so the region page keeps no grid for it.
 */
class TenureHistory extends Div {

    private String html = "";

    TenureHistory() {
        addClassName("tenure-history");
    }

    void show(List<TenureDetails> tenures) {
        var markup = new Markup().open("details").element("summary", getTranslation("heads.history", tenures.size()))
                .open("table", "class", "tenure-table").open("thead").open("tr");
        for (var key : List.of("heads.column.status", "heads.column.head", "heads.field.sworn-in", "heads.column.term-end",
                "heads.field.extensions", "heads.field.ended-on", "heads.field.end-reason")) {
            markup.element("th", getTranslation(key), "scope", "col");
        }
        markup.close("tr").close("thead").open("tbody");
        for (var t : tenures) {
            markup.open("tr").open("td").copy(Badges.status(this, t.status())).close("td")
                    .element("td", t.personName())
                    .element("td", Formats.date(t.swornInOn(), getLocale()))
                    .element("td", Formats.date(t.termEndsOn(), getLocale()))
                    .element("td", Integer.toString(t.extensionCount()), "class", "num")
                    .element("td", t.active() ? getTranslation("heads.history.active") : Formats.date(t.endedOn(), getLocale()))
                    .element("td", t.endReason() == null ? "" : getTranslation("leadership.reason." + t.endReason().name()))
                    .close("tr");
        }
        var next = markup.close("tbody").close("table").close("details").toString();
        if (!next.equals(html)) {
            html = next;
            getElement().setProperty("innerHTML", next);
        }
    }

    /** The HTML shown (for tests). */
    String html() {
        return html;
    }
}

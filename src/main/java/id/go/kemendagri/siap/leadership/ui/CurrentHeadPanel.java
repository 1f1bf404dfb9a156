package id.go.kemendagri.siap.leadership.ui;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * The region's current head, read-only: who, from where, by which decree, and how long is left. Drawn as
 * HTML into one element (about 30 server-side elements as components, on a page open in many sessions).
 */
class CurrentHeadPanel extends Div {

    CurrentHeadPanel() {
        addClassName("current-head");
    }

    void show(TenureDetails head) {
        var html = new Markup();
        if (head == null) {
            html.element("p", getTranslation("heads.current.none"), "class", "empty").into(getElement());
            return;
        }
        html.open("div", "class", "head-title").copy(Badges.status(this, head.status()))
                .element("span", head.personName(), "class", "head-name", "id", "current-head-name");
        if (head.demo()) {
            html.copy(Badges.demo(this));
        }
        html.close("div");
        var locale = getLocale();
        line(html, "heads.field.nip", head.nip());
        line(html, "heads.field.origin", join(head.originPosition(), head.originInstitution(),
                head.echelon() == null ? null : getTranslation("leadership.echelon." + head.echelon().name())));
        var basis = head.legalBasis() == null ? "" : getTranslation("leadership.basis." + head.legalBasis().name());
        line(html, "heads.field.decree", (basis + " " + (head.decreeNumber() == null ? "" : head.decreeNumber())).strip());
        line(html, "heads.field.sworn-in", Formats.date(head.swornInOn(), locale));
        if (head.termEndsOn() != null) {
            var term = getTranslation("heads.current.term", Formats.date(head.termStartedOn(), locale),
                    Formats.date(head.termEndsOn(), locale));
            var days = head.daysLeft();
            var left = days == null ? "" : days < 0 ? getTranslation("heads.days.past", -days)
                    : getTranslation("heads.days.left", days);
            line(html, "heads.field.term", term + " · " + left);
        }
        if (head.extensionCount() > 0) {
            line(html, "heads.field.extensions", getTranslation("heads.current.extensions", head.extensionCount()));
        }
        if (head.lastCategory() != null) {
            html.open("div", "class", "head-line").element("span", getTranslation("heads.field.last-evaluation"), "class", "label")
                    .open("div", "class", "badges value").copy(Badges.category(this, head.lastCategory()));
            if (head.lastBand() != null) {
                html.copy(Badges.band(this, head.lastBand()));
            }
            html.close("div").close("div");
        }
        html.element("span", getTranslation("heads.updated", head.updatedBy(), Formats.dateTime(head.updatedAt(), locale)),
                "class", "updated");
        html.into(getElement());
    }

    private void line(Markup html, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            html.open("div", "class", "head-line").element("span", getTranslation(labelKey), "class", "label")
                    .element("span", value, "class", "value").close("div");
        }
    }

    private static String join(String... parts) {
        var text = new StringBuilder();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }
}

package id.go.kemendagri.siap.leadership.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** The region's current head, read-only: who, from where, by which decree, and how long is left. */
class CurrentHeadPanel extends Div {

    CurrentHeadPanel() {
        addClassName("current-head");
    }

    void show(TenureDetails head) {
        removeAll();
        if (head == null) {
            var empty = new Paragraph(getTranslation("heads.current.none"));
            empty.addClassName("empty");
            add(empty);
            return;
        }
        var name = new Span(head.personName());
        name.addClassName("head-name");
        name.setId("current-head-name");
        var title = new Div(Badges.status(this, head.status()), name);
        title.addClassName("head-title");
        if (head.demo()) {
            title.add(Badges.demo(this));
        }
        add(title);
        var locale = getLocale();
        line("heads.field.nip", head.nip());
        line("heads.field.origin", join(head.originPosition(), head.originInstitution(),
                head.echelon() == null ? null : getTranslation("leadership.echelon." + head.echelon().name())));
        var basis = head.legalBasis() == null ? "" : getTranslation("leadership.basis." + head.legalBasis().name());
        line("heads.field.decree", (basis + " " + (head.decreeNumber() == null ? "" : head.decreeNumber())).strip());
        line("heads.field.sworn-in", Formats.date(head.swornInOn(), locale));
        if (head.termEndsOn() != null) {
            var term = getTranslation("heads.current.term", Formats.date(head.termStartedOn(), locale),
                    Formats.date(head.termEndsOn(), locale));
            var days = head.daysLeft();
            var left = days == null ? "" : days < 0 ? getTranslation("heads.days.past", -days)
                    : getTranslation("heads.days.left", days);
            line("heads.field.term", term + " · " + left);
        }
        if (head.extensionCount() > 0) {
            line("heads.field.extensions", getTranslation("heads.current.extensions", head.extensionCount()));
        }
        if (head.lastCategory() != null) {
            var evaluation = new Div(Badges.category(this, head.lastCategory()), Badges.band(this, head.lastBand()));
            evaluation.addClassName("badges");
            add(labelled("heads.field.last-evaluation", evaluation));
        }
        var updated = new Span(getTranslation("heads.updated", head.updatedBy(),
                Formats.dateTime(head.updatedAt(), locale)));
        updated.addClassName("updated");
        add(updated);
    }

    private void line(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            add(labelled(labelKey, new Span(value)));
        }
    }

    private Div labelled(String labelKey, com.vaadin.flow.component.Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        value.addClassName("value");
        var line = new Div(label, value);
        line.addClassName("head-line");
        return line;
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

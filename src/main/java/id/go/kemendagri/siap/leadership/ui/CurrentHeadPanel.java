package id.go.kemendagri.siap.leadership.ui;

import java.util.ArrayList;
import java.util.List;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** The region's current head, read-only: who, from where, by which decree, and how long is left. */
class CurrentHeadPanel extends InfoPanel {

    /** The tenure a link to the region page named ({@code ?buka=masa-jabatan-12}), marked while it is the current one. */
    long marked = -1;

    CurrentHeadPanel() {
        addClassName("current-head");
    }

    void show(TenureDetails head) {
        setEmptyText(getTranslation("heads.current.none"));
        if (head == null) {
            setHeadline(List.of());
            setFacts(List.of());
            setFooter("");
            return;
        }
        var headline = new ArrayList<Piece>();
        headline.add(Badges.status(this, head.status()));
        headline.add(Piece.text(head.personName()).withClass("head-name").withId("current-head-name"));
        var today = head.asOf();
        if (head.leave() != null && head.leave().onLeave(today)) {
            headline.add(Piece.badge(getTranslation("heads.leave.badge"), "contrast").withId("current-head-leave"));
        }
        if (head.demo()) {
            headline.add(Badges.demo(this));
        }
        setClassName(HeadsSection.SOURCE_RECORD, head.id() == marked);
        if (head.id() == marked) {
            headline.add(HeadsSection.marker(this));
        }
        setHeadline(headline);
        var locale = getLocale();
        var facts = new ArrayList<Fact>();
        fact(facts, "heads.field.nip", head.nip());
        fact(facts, "heads.field.origin", join(head.originPosition(), head.originInstitution(),
                head.echelon() == null ? null : getTranslation("leadership.echelon." + head.echelon().name())));
        var basis = head.legalBasis() == null ? "" : getTranslation("leadership.basis." + head.legalBasis().name());
        fact(facts, "heads.field.decree", (basis + " " + (head.decreeNumber() == null ? "" : head.decreeNumber())).strip());
        fact(facts, "heads.field.sworn-in", Formats.date(head.swornInOn(), locale));
        if (head.termEndsOn() != null) {
            var term = getTranslation("heads.current.term", Formats.date(head.termStartedOn(), locale),
                    Formats.date(head.termEndsOn(), locale));
            var days = head.daysLeft();
            var left = days == null ? "" : days < 0 ? getTranslation("heads.days.past", -days)
                    : getTranslation("heads.days.left", days);
            fact(facts, "heads.field.term", term + " · " + left);
        }
        if (head.leave() != null) {
            var leave = head.leave();
            var when = getTranslation("heads.leave.period", Formats.date(leave.startsOn(), locale),
                    Formats.date(leave.endsOn(), locale));
            var state = leave.onLeave(today) ? getTranslation("heads.leave.now")
                    : today.isBefore(leave.startsOn()) ? getTranslation("heads.leave.planned")
                    : getTranslation("heads.leave.returned", Formats.date(leave.returnsOn(), locale));
            fact(facts, "heads.field.leave", when + " · " + state);
            fact(facts, "heads.field.leave-pjs", join(leave.pjsName(), leave.pjsNip(), leave.pjsOrigin(),
                    leave.decreeDate() == null ? getTranslation("leadership.basis.KEPMENDAGRI") + " " + leave.decreeNumber()
                            : getTranslation("heads.leave.decreed", leave.decreeNumber(),
                                    Formats.date(leave.decreeDate(), locale))));
        }
        if (head.status() != id.go.kemendagri.siap.leadership.HeadStatus.DEFINITIF) {
            facts.add(new Fact(getTranslation("leadership.approval.register"), List.of(Piece.route(
                    getTranslation("leadership.approval.open"), "kepala-daerah/persetujuan?wilayah=" + head.regionCode()))));
        }
        if (head.extensionCount() > 0) {
            fact(facts, "heads.field.extensions", getTranslation("heads.current.extensions", head.extensionCount()));
        }
        if (head.lastCategory() != null) {
            var badges = new ArrayList<Piece>(List.of(Badges.category(this, head.lastCategory())));
            if (head.lastBand() != null) {
                badges.add(Badges.band(this, head.lastBand()));
            }
            facts.add(new Fact(getTranslation("heads.field.last-evaluation"), badges));
        }
        setFacts(facts);
        setFooter(getTranslation("heads.updated", head.updatedBy(), Formats.dateTime(head.updatedAt(), locale)));
    }

    private void fact(List<Fact> facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(getTranslation(labelKey), List.of(Piece.text(value))));
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

package id.go.kemendagri.siap.leadership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.ReportStatus;

/** The coloured badges of this feature: the same colour for the same meaning on every screen. */
final class Badges {

    private Badges() {
    }

    static Span status(Component owner, HeadStatus status) {
        if (status == null) {
            return badge(owner.getTranslation("leadership.status.none"), "badge contrast small");
        }
        var theme = switch (status) {
            case DEFINITIF -> "badge success";
            case PJ -> "badge";
            case PJS, PLT, PLH -> "badge warning";
        };
        var badge = badge(owner.getTranslation("leadership.status." + status.name()), theme);
        badge.getElement().setAttribute("title", owner.getTranslation("leadership.status.long." + status.name()));
        return badge;
    }

    static Span category(Component owner, EvaluationCategory category) {
        if (category == null) {
            return new Span();
        }
        var theme = switch (category) {
            case BAIK -> "badge success";
            case CUKUP -> "badge warning";
            case KURANG -> "badge error";
        };
        return badge(owner.getTranslation("leadership.category." + category.name()), theme);
    }

    static Span band(Component owner, NeutralityBand band) {
        if (band == null) {
            return new Span();
        }
        var theme = switch (band) {
            case HIJAU -> "badge success primary";
            case KUNING -> "badge warning primary";
            case MERAH -> "badge error primary";
        };
        return badge(owner.getTranslation("leadership.band." + band.name()), theme);
    }

    static Span report(Component owner, ReportStatus status, boolean sentLate) {
        var theme = switch (status) {
            case TERKIRIM -> sentLate ? "badge warning" : "badge success";
            case BELUM -> "badge contrast";
            case TERLAMBAT -> "badge error";
        };
        var text = owner.getTranslation("leadership.report." + status.name());
        if (sentLate) {
            text = owner.getTranslation("leadership.report.sent-late");
        }
        return badge(text, theme);
    }

    static Span demo(Component owner) {
        var badge = badge(owner.getTranslation("leadership.demo"), "badge warning small");
        badge.addClassName("demo-row");
        return badge;
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}

package id.go.kemendagri.siap.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;

/** The budget's words and badges, shared by its views. */
final class Labels {

    /** The feature's style sheet, served from META-INF/resources and loaded at run time. */
    static final String STYLES = "context://styles/budget.css";

    private Labels() {
    }

    static String recipient(Component owner, Recipient recipient) {
        return owner.getTranslation("budget.recipient." + recipient.name());
    }

    static String stage(Component owner, SigningStage stage) {
        return owner.getTranslation("budget.stage." + stage.name());
    }

    static String scheme(Component owner, Scheme scheme) {
        return owner.getTranslation("budget.scheme." + scheme.name());
    }

    static String band(Component owner, Band band) {
        return owner.getTranslation("budget.band." + band.name());
    }

    static String money(Component owner, Long amount) {
        return amount == null ? "–" : Rupiah.format(amount, locale());
    }

    static String compact(Component owner, long amount) {
        return Rupiah.compact(amount, locale());
    }

    static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? id.go.kemendagri.siap.base.Formats.INDONESIAN : ui.getLocale();
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /** Done green, partial amber, under 40% red; nothing for an unsigned grant. */
    static Span bandBadge(Component owner, Band band) {
        if (band == null) {
            return new Span();
        }
        var theme = switch (band) {
            case DONE -> "success";
            case PARTIAL -> "warning";
            case RED -> "error primary";
        };
        var badge = badge(band(owner, band), theme);
        badge.addClassName("band-" + band.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    /** The stage in a word or two, for grids. */
    static Span shortStageBadge(Component owner, SigningStage stage) {
        var badge = stageBadge(owner, stage);
        badge.setText(owner.getTranslation("budget.stage.short." + stage.name()));
        badge.getElement().setAttribute("title", stage(owner, stage));
        return badge;
    }

    static Span stageBadge(Component owner, SigningStage stage) {
        var theme = switch (stage) {
            case SIGNED -> "success";
            case AGREED -> "";
            case RATIONALISING -> "contrast";
            case NOT_PROPOSED -> "error";
        };
        return badge(stage(owner, stage), theme);
    }

    static Span lateBadge(Component owner) {
        var badge = badge(owner.getTranslation("budget.late"), "error");
        badge.addClassName("late");
        return badge;
    }

    static Span demoBadge(Component owner) {
        return badge(owner.getTranslation("budget.demo"), "warning small");
    }

    /** A link to the region page, which belongs to the region feature: reached by its route. */
    static Anchor regionLink(String code, String name) {
        return new Anchor("wilayah/" + code, name);
    }
}

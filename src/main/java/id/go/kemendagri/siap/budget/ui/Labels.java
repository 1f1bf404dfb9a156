package id.go.kemendagri.siap.budget.ui;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.BudgetService;
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

    /** The scheme's name; the tranche shares in it come from the settings. */
    static String scheme(Component owner, Scheme scheme, BudgetService budget) {
        return owner.getTranslation("budget.scheme." + scheme.name(), budget.ruleArguments());
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

    static Piece badge(String text, String theme) {
        return Piece.badge(text, theme);
    }

    /** Done green, partial amber, under 40% red; nothing for an unsigned grant. */
    static Piece bandBadge(Component owner, Band band) {
        if (band == null) {
            return Piece.text("");
        }
        var theme = switch (band) {
            case DONE -> "success";
            case PARTIAL -> "warning";
            case RED -> "error primary";
        };
        return badge(band(owner, band), theme).withClass("band-" + band.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The stage in a word or two, for grids. */
    static Piece shortStageBadge(Component owner, SigningStage stage) {
        return new Piece(Piece.Kind.BADGE, owner.getTranslation("budget.stage.short." + stage.name()), stageTheme(stage),
                null, stage(owner, stage), null, null, null, null, null);
    }

    /** A TNI or Polri grant the region marked not applicable: in place of the stage. */
    static Piece notApplicableBadge(Component owner) {
        return badge(owner.getTranslation("budget.not-applicable"), "contrast").withClass("grant-not-applicable");
    }

    static Piece stageBadge(Component owner, SigningStage stage) {
        return badge(stage(owner, stage), stageTheme(stage));
    }

    private static String stageTheme(SigningStage stage) {
        return switch (stage) {
            case SIGNED -> "success";
            case AGREED -> "";
            case RATIONALISING -> "contrast";
            case NOT_PROPOSED -> "error";
        };
    }

    static Piece lateBadge(Component owner) {
        return badge(owner.getTranslation("budget.late"), "error").withClass("late");
    }

    static Piece demoBadge(Component owner) {
        return badge(owner.getTranslation("budget.demo"), "warning small");
    }
}

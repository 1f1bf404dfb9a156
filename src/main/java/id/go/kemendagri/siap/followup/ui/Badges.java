package id.go.kemendagri.siap.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import id.go.kemendagri.siap.followup.FollowUpRow;
import id.go.kemendagri.siap.followup.FollowUpStatus;

/** The coloured labels of follow-ups: status, overdue and demo. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    static Component status(Component owner, FollowUpRow row) {
        var theme = switch (row.status()) {
            case SELESAI -> "success";
            case PROSES -> "";
            case BARU -> "contrast";
        };
        var status = badge(owner.getTranslation("followup.status." + row.status()), theme);
        status.addClassName("followup-status");
        var line = new HorizontalLayout(status);
        line.setSpacing(false);
        line.getStyle().set("gap", "var(--lumo-space-xs)");
        if (row.overdue()) {
            var overdue = badge(owner.getTranslation("followup.overdue"), "error");
            overdue.addClassName("followup-overdue");
            line.add(overdue);
        }
        if (row.demo()) {
            line.add(badge(owner.getTranslation("followup.demo"), "warning small"));
        }
        return line;
    }

    static boolean open(FollowUpRow row) {
        return row.status() != FollowUpStatus.SELESAI;
    }
}

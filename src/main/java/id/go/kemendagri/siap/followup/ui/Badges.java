package id.go.kemendagri.siap.followup.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.followup.FollowUpRow;
import id.go.kemendagri.siap.followup.FollowUpStatus;

/** The coloured labels of follow-ups: status, overdue and demo, the same on every screen. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String theme) {
        return Piece.badge(text, theme).toSpan();
    }

    /** Status, overdue and demo as pieces drawn in the browser. */
    static List<Piece> statusPieces(Component owner, FollowUpRow row) {
        var theme = switch (row.status()) {
            case SELESAI -> "success";
            case PROSES -> "";
            case BARU -> "contrast";
        };
        var pieces = new ArrayList<Piece>();
        pieces.add(Piece.badge(owner.getTranslation("followup.status." + row.status()), theme).withClass("followup-status"));
        if (row.overdue()) {
            pieces.add(Piece.badge(owner.getTranslation("followup.overdue"), "error").withClass("followup-overdue"));
        }
        if (row.demo()) {
            pieces.add(Piece.badge(owner.getTranslation("followup.demo"), "warning small"));
        }
        return pieces;
    }

    /** The same as components, for a dialog. */
    static Component status(Component owner, FollowUpRow row) {
        var line = new HorizontalLayout();
        statusPieces(owner, row).forEach(piece -> line.add(piece.toSpan()));
        line.setSpacing(false);
        line.getStyle().set("gap", "var(--lumo-space-xs)");
        return line;
    }

    /** Whether a file or a link was given as evidence, the link opening in a new tab. */
    static List<Piece> evidence(Component owner, FollowUpRow row) {
        var pieces = new ArrayList<Piece>();
        if (row.evidence() != null) {
            pieces.add(Piece.text(owner.getTranslation("followup.evidence.file")));
        }
        if (row.evidenceLink() != null) {
            pieces.add(Piece.link(owner.getTranslation("followup.evidence.link"), row.evidenceLink()));
        }
        return pieces;
    }

    static boolean open(FollowUpRow row) {
        return row.status() != FollowUpStatus.SELESAI;
    }
}

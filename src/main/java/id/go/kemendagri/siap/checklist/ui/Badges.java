package id.go.kemendagri.siap.checklist.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Verification;

/** The small labels the checklist screens share: status, verification, overdue, evidence. */
final class Badges {

    private Badges() {
    }

    static Span badge(Component owner, String key, String theme) {
        var badge = new Span(owner.getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /**
     * An item's state in one badge for a list: a returned item is "to be corrected", never its reported status
     * ("Selesai" beside "Dikembalikan" said two opposite things).
     */
    static Span state(Component owner, ChecklistItemDetails item) {
        return statePiece(owner, item).toSpan();
    }

    private static String statusTheme(ItemStatus status) {
        return switch (status) {
            case BELUM, TIDAK_BERLAKU -> "contrast";
            case PROSES -> "";
            case SELESAI -> "success";
        };
    }

    private static String verificationTheme(Verification verification) {
        return switch (verification) {
            case VERIFIED -> "success primary";
            case RETURNED -> "error";
            case WAITING, NONE -> "";
        };
    }

    /** The verification state, or nothing for an item not closed yet. */
    static Span verification(Component owner, Verification verification) {
        if (verification == Verification.NONE) {
            return null;
        }
        var badge = badge(owner, "checklist.verification." + verification.name(), verificationTheme(verification));
        badge.addClassName("verification-badge");
        return badge;
    }

    /** Every badge an item shows beside its name, in a fixed order (drawn in the browser, see {@link ChecklistRows}). */
    static List<Piece> of(Component owner, ChecklistItemDetails item) {
        var pieces = new ArrayList<Piece>();
        if (item.verification() != Verification.RETURNED) {
            // a returned item shows "Dikembalikan" alone: its reported status no longer holds
            pieces.add(Piece.badge(owner.getTranslation("checklist.status." + item.status().name()),
                    statusTheme(item.status())).withClass("status-badge"));
        }
        if (item.verification() != Verification.NONE) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.verification." + item.verification().name()),
                    verificationTheme(item.verification())).withClass("verification-badge"));
        }
        if (item.overdue()) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.overdue"), "error primary").withClass("overdue-badge"));
        }
        if (item.changedSinceVerification()) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.changed-since-verification"), "warning"));
        }
        if (item.retired()) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.retired"), "contrast"));
        }
        if (item.sourceBound()) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.derived.badge"), "contrast").withClass("derived-badge"));
        }
        if (item.demo()) {
            pieces.add(Piece.badge(owner.getTranslation("checklist.demo"), "warning"));
        }
        return pieces;
    }

    /** A link to the item's evidence: the web link, or a download of the stored file; null without evidence. */
    static Component evidence(Component owner, ChecklistItemDetails item, ChecklistService checklists) {
        return switch (item.evidenceKind()) {
            case NONE -> null;
            case LINK -> {
                var link = new Anchor(item.evidenceLink(), owner.getTranslation("checklist.evidence.link"));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.addClassName("evidence-link");
                yield link;
            }
            case FILE -> {
                var id = item.id();
                var download = new Anchor(DownloadHandler.fromInputStream(event -> evidenceFile(checklists, id)),
                        item.evidenceName());
                download.addClassName("evidence-file");
                download.getElement().setAttribute("title", "SHA-256 " + item.evidenceSha256());
                yield download;
            }
        };
    }

    /**
     * {@link #evidence} as a piece, for a grid cell drawn in the browser: the web link, or a download of the stored
     * file through the grid's {@link id.go.kemendagri.siap.base.ui.RowDownloads} address (see
     * {@link #evidenceFile}); null without evidence.
     */
    static Piece evidencePiece(Component owner, ChecklistItemDetails item) {
        return switch (item.evidenceKind()) {
            case NONE -> null;
            case LINK -> Piece.link(owner.getTranslation("checklist.evidence.link"), item.evidenceLink())
                    .withClass("evidence-link");
            case FILE -> Piece.download(item.evidenceName(), Long.toString(item.id())).withClass("evidence-file")
                    .withTitle("SHA-256 " + item.evidenceSha256());
        };
    }

    /** The stored evidence file of the item, as a download; the service checks read access. */
    static DownloadResponse evidenceFile(ChecklistService checklists, long itemId) {
        var file = checklists.evidence(itemId);
        return new DownloadResponse(file.content(), file.name(), file.mediaType(), file.size());
    }

    /** {@link #state} as a piece, for a grid cell drawn in the browser. */
    static Piece statePiece(Component owner, ChecklistItemDetails item) {
        var returned = item.verification() == Verification.RETURNED;
        return Piece.badge(owner.getTranslation(returned ? "checklist.status.returned"
                : "checklist.status." + item.status().name()), returned ? "error" : statusTheme(item.status()))
                .withClass("status-badge");
    }

    /** {@link #regionLink} as a piece, for a grid cell drawn in the browser. */
    static Piece regionRoute(String code, String name) {
        return Piece.route(name, "wilayah/" + code).withClass("region-link");
    }

    /**
     * A link to a region's page. The page belongs to the region feature, so it is reached by its route
     * ({@code /wilayah/{code}}) through the client-side router rather than by its class.
     */
    static Anchor regionLink(String code, String name) {
        var link = new Anchor("wilayah/" + code, name);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("region-link");
        return link;
    }
}

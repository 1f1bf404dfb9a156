package id.go.kemendagri.siap.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.function.Predicate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.dashboard.BoardReports;
import id.go.kemendagri.siap.dashboard.BoardService;
import id.go.kemendagri.siap.dashboard.BoardService.Snapshot;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * What the national and the province board views share: loading the board, the live subscription (any
 * committed change in scope reloads the shared board, coalesced by the hub), opening a tile or a list's region
 * (checked again on the server) and the report downloads.
 */
final class BoardScreen {

    private final transient BoardService boards;
    private final transient BoardReports reports;
    private final transient DemoMode demo;
    private final transient RegionAccess access;
    private final String provinceCode;
    private final BoardPanel panel;

    BoardScreen(BoardService boards, BoardReports reports, LiveUpdateHub hub, DemoMode demo, Clock clock,
            RegionAccess access, String provinceCode) {
        this.boards = boards;
        this.reports = reports;
        this.demo = demo;
        this.access = access;
        this.provinceCode = provinceCode;
        this.panel = new BoardPanel(clock, demo.active());
        var pdf = download("pdf", "application/pdf", VaadinIcon.FILE_TEXT_O);
        var xlsx = download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                VaadinIcon.TABLE);
        panel.actions.add(pdf, xlsx);
        LiveUpdates.bind(panel, hub, RegionChange.class, inScope(provinceCode), changes -> load());
        // On the national board a province tile opens the province's board; every other tile and row a region page.
        panel.map.addOpenListener(event -> open(event.code(), provinceCode == null));
        panel.lists.addOpenListener(event -> open(event.code(), false));
    }

    /**
     * Opens what a tile or a list row leads to, after checking what the browser sent: only a region this board
     * shows, and only one the user may read (provincial staff their own province).
     *
     * @return whether it was opened
     */
    boolean open(String code, boolean provinceBoard) {
        var drawing = panel.drawing();
        if (code == null || drawing == null || !drawing.regions().contains(code) || !access.canRead(code)) {
            return false;
        }
        panel.getUI().ifPresent(ui -> {
            if (provinceBoard) {
                ui.navigate(ProvinceBoardView.class, new RouteParameters(ProvinceBoardView.PROVINCE, code));
            } else {
                ui.navigate("wilayah/" + code);
            }
        });
        return true;
    }

    static Predicate<RegionChange> inScope(String provinceCode) {
        if (provinceCode == null) {
            return change -> true;
        }
        var prefix = provinceCode + ".";
        return change -> change.regionCode() != null
                && (change.regionCode().equals(provinceCode) || change.regionCode().startsWith(prefix));
    }

    String provinceCode() {
        return provinceCode;
    }

    BoardService boards() {
        return boards;
    }

    BoardPanel panel() {
        return panel;
    }

    /** Shows the current board (shared between screens, rebuilt only after a change). */
    void load() {
        panel.show(snapshot());
    }

    private Snapshot snapshot() {
        return provinceCode == null ? boards.national() : boards.province(provinceCode);
    }

    private Anchor download(String extension, String type, VaadinIcon icon) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            // The report is of the board as it is now, for the user asking (access is checked again).
            var board = snapshot().board();
            var locale = panel.getUI().map(UI::getLocale).orElse(id.go.kemendagri.siap.base.Formats.INDONESIAN);
            var bytes = "pdf".equals(extension) ? reports.pdf(board, locale, demo.active())
                    : reports.xlsx(board, locale, demo.active());
            return new DownloadResponse(new ByteArrayInputStream(bytes), reports.fileName(board, extension), type,
                    bytes.length);
        }), "");
        anchor.add(icon.create());
        anchor.add(panel.getTranslation("board.download." + extension));
        anchor.addClassName("board-download");
        anchor.setId("board-" + extension);
        return anchor;
    }
}

package id.go.kemendagri.siap.budget.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;

import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;

/** The region page's budget section: the four grants, refreshed when someone changes them. */
@StyleSheet(Labels.STYLES)
class BudgetPanel extends Div {

    private final String regionCode;
    private final transient BudgetService budget;
    final List<GrantCard> cards = new ArrayList<>();

    BudgetPanel(String regionCode, BudgetService budget, LiveUpdateHub hub) {
        this(regionCode, budget, hub, null);
    }

    BudgetPanel(String regionCode, BudgetService budget, LiveUpdateHub hub, id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        this.regionCode = regionCode;
        this.budget = budget;
        addClassNames("card", "budget-panel");
        setId("budget");
        // Title, explanation and the link to all grants: read-only, drawn in the browser.
        var intro = new InfoPanel().heading(getTranslation("budget.section.title"), 3);
        intro.setHeadline(List.of(Piece.text(getTranslation("budget.section.intro", budget.ruleArguments())).withClass("hint"),
                Piece.route(getTranslation("budget.section.all"), "anggaran").withClass("budget-all")));
        intro.addClassName("budget-intro");
        add(intro);
        var grid = new Div();
        grid.addClassName("grant-cards");
        var canWrite = budget.canWrite(regionCode);
        for (var grant : budget.forRegion(regionCode)) {
            var card = new GrantCard(grant, budget, canWrite);
            card.setThreads(threads);
            cards.add(card);
            grid.add(card);
        }
        add(grid);
        LiveUpdates.bind(this, hub, BudgetChanged.class, LiveUpdates.region(regionCode), changes -> refresh());
    }

    /**
     * Marks and scrolls to the grant, tranche or transfer the page's address names ({@code ?buka=hibah-kpu},
     * {@code tahap-1-kpu}, {@code penyaluran-123}: a derived checklist item's link to its source).
     */
    void reveal(java.util.Set<String> parts) {
        for (var card : cards) {
            if (card.reveal(parts)) {
                return;
            }
        }
    }

    void refresh() {
        var fresh = budget.forRegion(regionCode);
        for (var card : cards) {
            fresh.stream().filter(g -> g.recipient() == card.recipient()).findFirst().ifPresent(card::show);
        }
    }
}

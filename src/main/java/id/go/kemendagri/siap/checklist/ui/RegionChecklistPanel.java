package id.go.kemendagri.siap.checklist.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.RegionChecklist;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.checklist.Verification;

/**
 * A region's checklist on its page: readiness (verified beside self-reported), then the items grouped
 * by theme with the progress of each theme. Re-reads the whole checklist (three statements) when told
 * of a change, and hands each card its fresh item.
 */
@StyleSheet("styles/checklist.css")
class RegionChecklistPanel extends Div {

    private final String regionCode;
    private final transient ChecklistService checklists;
    private final Span verified = new Span();
    private final Span reported = new Span();
    private final ProgressBar readinessBar = new ProgressBar();
    private final Map<Theme, Details> themes = new EnumMap<>(Theme.class);
    private final Map<Long, ChecklistItemCard> cards = new LinkedHashMap<>();
    private final Details retired = new Details();

    RegionChecklistPanel(String regionCode, ChecklistService checklists) {
        this(regionCode, checklists, id.go.kemendagri.siap.base.ui.RegionSection.Presence.NONE);
    }

    /** With the page's presence: an item this user edits is announced, items others edit are marked. */
    RegionChecklistPanel(String regionCode, ChecklistService checklists,
            id.go.kemendagri.siap.base.ui.RegionSection.Presence presence) {
        this.regionCode = regionCode;
        this.checklists = checklists;
        addClassNames("card", "region-checklist");
        setId("checklist");
        var checklist = checklists.regionChecklist(regionCode);
        var canEdit = checklists.canEdit(regionCode);
        var canVerify = checklists.canVerify();
        verified.addClassName("readiness-verified");
        reported.addClassName("readiness-reported");
        var figures = new Div(verified, reported);
        figures.addClassName("readiness");
        add(new H3(getTranslation("checklist.title", checklist.cycleName())), figures, readinessBar);
        for (var theme : Theme.values()) {
            var details = new Details();
            details.addClassName("checklist-theme");
            details.getElement().setAttribute("data-theme", theme.name());
            details.setOpened(true);
            themes.put(theme, details);
            add(details);
        }
        retired.setSummaryText(getTranslation("checklist.retired.title"));
        retired.addClassName("checklist-retired");
        add(retired);
        for (var item : checklist.items()) {
            var card = new ChecklistItemCard(item, checklists, canEdit, canVerify, saved -> refreshFromServer());
            card.onEditingChanged(editing -> presence.editing(editing ? formKey(card) : null));
            cards.put(item.id(), card);
            (item.retired() ? retired : themes.get(item.theme())).add(card);
        }
        render(checklist);
        presence.onOthersEditing(forms -> cards.values()
                .forEach(card -> card.showOthersEditing(forms.getOrDefault(formKey(card), List.of()))));
    }

    /** The presence key of an item's form, e.g. {@code checklist:KLB-02}. */
    static String formKey(ChecklistItemCard card) {
        return "checklist:" + card.item().itemCode();
    }

    /** Re-reads the checklist after someone's change; cards being edited keep what the user typed. */
    void refreshFromServer() {
        var checklist = checklists.regionChecklist(regionCode);
        for (var item : checklist.items()) {
            var card = cards.get(item.id());
            if (card != null) {
                card.refresh(item);
            }
        }
        render(checklist);
    }

    List<ChecklistItemCard> cards() {
        return new ArrayList<>(cards.values());
    }

    private void render(RegionChecklist checklist) {
        var readiness = checklist.readiness();
        verified.setText(getTranslation("checklist.readiness.verified", readiness.verifiedPercent()));
        reported.setText(getTranslation("checklist.readiness.reported", readiness.reportedPercent()));
        readinessBar.setValue(readiness.verifiedPercent() / 100.0);
        var byTheme = new EnumMap<Theme, List<ChecklistItemDetails>>(Theme.class);
        checklist.current().forEach(item -> byTheme.computeIfAbsent(item.theme(), t -> new ArrayList<>()).add(item));
        themes.forEach((theme, details) -> {
            var list = byTheme.getOrDefault(theme, List.of());
            details.setVisible(!list.isEmpty());
            details.setSummary(themeSummary(theme, list));
        });
        retired.setVisible(checklist.items().stream().anyMatch(ChecklistItemDetails::retired));
    }

    private Div themeSummary(Theme theme, List<ChecklistItemDetails> items) {
        var done = items.stream().filter(i -> i.status() == ItemStatus.SELESAI || i.status() == ItemStatus.TIDAK_BERLAKU)
                .count();
        var verifiedCount = items.stream().filter(i -> i.verification() == Verification.VERIFIED).count();
        var overdue = items.stream().filter(ChecklistItemDetails::overdue).count();
        var name = new Span(getTranslation("checklist.theme." + theme.name()));
        name.addClassName("theme-name");
        var counts = new Span(getTranslation("checklist.theme.progress", done, items.size(), verifiedCount));
        counts.addClassName("theme-progress");
        var bar = new ProgressBar(0, Math.max(1, items.size()), done);
        bar.addClassName("theme-bar");
        var summary = new Div(name, counts, bar);
        if (overdue > 0) {
            var badge = new Span(getTranslation("checklist.theme.overdue", overdue));
            badge.getElement().getThemeList().add("badge error small");
            summary.add(badge);
        }
        summary.addClassName("theme-summary");
        return summary;
    }
}

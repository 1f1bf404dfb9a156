package id.go.kemendagri.siap.checklist.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.RegionChecklist;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.checklist.Verification;

/**
 * A region's checklist on its page: readiness (verified beside self-reported), then the items grouped
 * by theme with the progress of each theme. Kept light because the page stays open in many sessions:
 * the heading and each theme's summary are drawn as HTML, each theme is a plain {@code <details>} that
 * opens and closes in the browser, and each item is a one-row {@link ChecklistItemCard} until someone
 * opens it. One click listener serves all rows. Re-reads the whole checklist (three statements) when
 * told of a change, and hands each card its fresh item.
 */
@StyleSheet("styles/checklist.css")
@Uses(ProgressBar.class)
@Uses(Button.class)
class RegionChecklistPanel extends Div {

    /** The client sends a click only when it hit a row's toggle or edit button; with the item and which. */
    private static final String ACTION = "event.target.closest('[data-action]')";
    /** The filter must be a boolean: the server calls the listener only when it received true. */
    static final String ON_ACTION = "!!" + ACTION;
    static final String ACTION_NAME = ACTION + "?.dataset.action";
    static final String ACTION_ITEM = ACTION + "?.closest('[data-item]')?.dataset.item";

    private final String regionCode;
    private final transient ChecklistService checklists;
    private final Element heading = new Element("div");
    private final Map<Theme, Element> themes = new EnumMap<>(Theme.class);
    private final Map<Long, ChecklistItemCard> cards = new LinkedHashMap<>();
    private final Element retired = new Element("details");

    RegionChecklistPanel(String regionCode, ChecklistService checklists) {
        this(regionCode, checklists, RegionSection.Presence.NONE);
    }

    /** With the page's presence: an item this user edits is announced, items others edit are marked. */
    RegionChecklistPanel(String regionCode, ChecklistService checklists, RegionSection.Presence presence) {
        this.regionCode = regionCode;
        this.checklists = checklists;
        addClassNames("card", "region-checklist");
        setId("checklist");
        var checklist = checklists.regionChecklist(regionCode);
        var canEdit = checklists.canEdit(regionCode);
        var canVerify = checklists.canVerify();
        heading.setAttribute("class", "checklist-heading");
        getElement().appendChild(heading);
        for (var theme : Theme.values()) {
            var details = group("checklist-theme");
            details.setAttribute("data-theme", theme.name());
            details.setAttribute("open", true);
            themes.put(theme, details);
        }
        retired.setAttribute("class", "checklist-retired");
        retired.appendChild(new Element("summary").setText(getTranslation("checklist.retired.title")));
        getElement().appendChild(retired);
        for (var item : checklist.items()) {
            var card = new ChecklistItemCard(item, checklists, canEdit, canVerify, saved -> refreshFromServer());
            card.onEditingChanged(editing -> presence.editing(editing ? formKey(card) : null));
            cards.put(item.id(), card);
            (item.retired() ? retired : themes.get(item.theme())).appendChild(card.getElement());
        }
        render(checklist);
        getElement().addEventListener("click", event -> act(event.getEventData().get(ACTION_NAME).asString(),
                Long.parseLong(event.getEventData().get(ACTION_ITEM).asString())))
                .setFilter(ON_ACTION).addEventData(ACTION_NAME).addEventData(ACTION_ITEM);
        presence.onOthersEditing(forms -> cards.values()
                .forEach(card -> card.showOthersEditing(forms.getOrDefault(formKey(card), List.of()))));
    }

    private Element group(String className) {
        var details = new Element("details");
        details.setAttribute("class", className);
        details.appendChild(new Element("summary"));
        getElement().appendChild(details);
        return details;
    }

    /** The presence key of an item's form, e.g. {@code checklist:KLB-02}. */
    static String formKey(ChecklistItemCard card) {
        return "checklist:" + card.code();
    }

    /** A click on an item's row: {@code toggle} opens or closes it, {@code edit} opens its form. */
    void act(String action, long itemId) {
        var card = cards.get(itemId);
        if (card == null) {
            return;
        }
        if ("edit".equals(action)) {
            card.startEditing();
        } else {
            card.toggle();
        }
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
        new Markup().element("h3", getTranslation("checklist.title", checklist.cycleName()))
                .open("div", "class", "readiness")
                .element("span", getTranslation("checklist.readiness.verified", readiness.verifiedPercent()),
                        "class", "readiness-verified")
                .element("span", getTranslation("checklist.readiness.reported", readiness.reportedPercent()),
                        "class", "readiness-reported")
                .close("div")
                .element("vaadin-progress-bar", "", "value", Double.toString(readiness.verifiedPercent() / 100.0))
                .into(heading);
        var byTheme = new EnumMap<Theme, List<ChecklistItemDetails>>(Theme.class);
        checklist.current().forEach(item -> byTheme.computeIfAbsent(item.theme(), t -> new ArrayList<>()).add(item));
        themes.forEach((theme, details) -> {
            var list = byTheme.getOrDefault(theme, List.of());
            details.setVisible(!list.isEmpty());
            themeSummary(theme, list).into(details.getChild(0));
        });
        retired.setVisible(checklist.items().stream().anyMatch(ChecklistItemDetails::retired));
    }

    private Markup themeSummary(Theme theme, List<ChecklistItemDetails> items) {
        var done = items.stream().filter(i -> i.status() == ItemStatus.SELESAI || i.status() == ItemStatus.TIDAK_BERLAKU)
                .count();
        var verifiedCount = items.stream().filter(i -> i.verification() == Verification.VERIFIED).count();
        var overdue = items.stream().filter(ChecklistItemDetails::overdue).count();
        var summary = new Markup().open("span", "class", "theme-summary")
                .element("span", getTranslation("checklist.theme." + theme.name()), "class", "theme-name")
                .element("span", getTranslation("checklist.theme.progress", done, items.size(), verifiedCount),
                        "class", "theme-progress")
                .element("vaadin-progress-bar", "", "class", "theme-bar", "max", Integer.toString(Math.max(1, items.size())),
                        "value", Long.toString(done));
        if (overdue > 0) {
            summary.badge(getTranslation("checklist.theme.overdue", overdue), "error small", null);
        }
        return summary.close("span");
    }
}

package id.go.kemendagri.siap.checklist.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.ui.HtmlClicks;
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
 * opens and closes in the browser, and the closed items of a theme are rows of HTML in one element (the
 * rows around an opened item in one element before it and one after it). An item becomes a component,
 * a {@link ChecklistItemCard}, only while it is open; closing it lets the card go. One click listener serves
 * every row. Re-reads the whole checklist (three statements) when told of a change, and hands each open
 * card its fresh item.
 */
@StyleSheet("styles/checklist.css")
@Uses(ProgressBar.class)
@Uses(Button.class)
class RegionChecklistPanel extends Div {

    /** A row's toggle or edit button, with which and the item ({@link HtmlClicks}). */
    private static final String BUTTON = "[data-action]";
    static final String ON_ACTION = HtmlClicks.hit(BUTTON);
    static final String ACTION_NAME = HtmlClicks.data(BUTTON, "action");
    static final String ACTION_ITEM = HtmlClicks.data(BUTTON, "item");

    private static final String FORM_PREFIX = "checklist:";

    private final String regionCode;
    private final transient ChecklistService checklists;
    private final transient RegionSection.Presence presence;
    private final boolean canEdit;
    private final boolean canVerify;
    private final Element heading = new Element("div");
    private final Map<Theme, Element> themes = new EnumMap<>(Theme.class);
    private final Element retired = new Element("details");
    /** The items that are open, in the order they were opened. */
    private final Map<Long, ChecklistItemCard> cards = new LinkedHashMap<>();
    private transient id.go.kemendagri.siap.base.ui.CommentThreads threads;
    /** Who else has which item's form open (presence key to names). */
    private Map<String, List<String>> othersEditing = Map.of();

    /** Opened items show their discussion through these (the comment feature's), when set. */
    void setThreads(id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        this.threads = threads;
    }

    RegionChecklistPanel(String regionCode, ChecklistService checklists) {
        this(regionCode, checklists, RegionSection.Presence.NONE);
    }

    /** With the page's presence: an item this user edits is announced, items others edit are marked. */
    RegionChecklistPanel(String regionCode, ChecklistService checklists, RegionSection.Presence presence) {
        this.regionCode = regionCode;
        this.checklists = checklists;
        this.presence = presence;
        this.canEdit = checklists.canEdit(regionCode);
        this.canVerify = checklists.canVerify();
        addClassNames("card", "region-checklist");
        setId("checklist");
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
        render(checklists.regionChecklist(regionCode));
        HtmlClicks.listen(getElement(), BUTTON, List.of("action", "item"), data -> act(data.get(0), data.get(1)));
        presence.onOthersEditing(this::showOthersEditing);
    }

    private Element group(String className) {
        var details = new Element("details");
        details.setAttribute("class", className);
        details.appendChild(new Element("summary"));
        getElement().appendChild(details);
        return details;
    }

    /**
     * Who else has which item's form open now (presence key to names): their rows and cards are marked.
     * Presence tells of every arrival and departure on the page; only a change in who edits which item
     * redraws the rows (and reads the checklist).
     */
    void showOthersEditing(Map<String, List<String>> forms) {
        var items = new java.util.HashMap<String, List<String>>();
        forms.forEach((form, names) -> {
            if (form.startsWith(FORM_PREFIX)) {
                items.put(form, List.copyOf(names));
            }
        });
        if (items.equals(othersEditing)) {
            return;
        }
        othersEditing = Map.copyOf(items);
        refreshFromServer();
    }

    /** The presence key of an item's form, e.g. {@code checklist:KLB-02}. */
    static String formKey(String itemCode) {
        return FORM_PREFIX + itemCode;
    }

    /** A click on an item's row: {@code toggle} opens or closes it, {@code edit} opens its form. */
    void act(String action, String itemId) {
        if (itemId == null || !itemId.matches("\\d{1,18}")) {
            return;
        }
        var id = Long.parseLong(itemId);
        var card = cards.get(id);
        if ("edit".equals(action)) {
            open(id).ifPresent(ChecklistItemCard::startEditing);
        } else if (card == null) {
            open(id);
        } else if (!card.isEditing()) {
            card.close();
            cards.remove(id);
            refreshFromServer();
        }
    }

    /** Opens an item of this region (a click on its row), read afresh; empty if it is not this region's. */
    Optional<ChecklistItemCard> open(long itemId) {
        var open = cards.get(itemId);
        if (open != null) {
            return Optional.of(open);
        }
        var checklist = checklists.regionChecklist(regionCode);
        var item = checklist.items().stream().filter(i -> i.id() == itemId).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        var card = new ChecklistItemCard(item.get(), checklists, canEdit, canVerify, saved -> refreshFromServer());
        card.setThreads(threads);
        card.onEditingChanged(editing -> presence.editing(editing ? formKey(card.code()) : null));
        card.open();
        cards.put(itemId, card);
        render(checklist);
        return Optional.of(card);
    }

    /** Opens the item with this code (for tests and links). */
    ChecklistItemCard open(String itemCode) {
        var item = checklists.regionChecklist(regionCode).items().stream()
                .filter(i -> i.itemCode().equals(itemCode)).findFirst().orElseThrow();
        return open(item.id()).orElseThrow();
    }

    /** Re-reads the checklist after someone's change; cards being edited keep what the user typed. */
    void refreshFromServer() {
        render(checklists.regionChecklist(regionCode));
    }

    /** The items open now. */
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
            items(details, list);
        });
        var retiredItems = checklist.items().stream().filter(ChecklistItemDetails::retired).toList();
        retired.setVisible(!retiredItems.isEmpty());
        items(retired, retiredItems);
        cards.values().forEach(card -> card.showOthersEditing(othersEditing.getOrDefault(formKey(card.code()), List.of())));
    }

    /**
     * The items of one group after its summary: runs of closed items as rows of HTML in one element, an
     * open item as its card (given its fresh state).
     */
    private void items(Element group, List<ChecklistItemDetails> items) {
        // The wanted children after the summary: an open card's element, or the HTML of a run of rows.
        var wanted = new ArrayList<Object>();
        Markup rows = null;
        for (var item : items) {
            var card = cards.get(item.id());
            if (card != null) {
                if (rows != null) {
                    wanted.add(rows.toString());
                    rows = null;
                }
                card.refresh(item);
                wanted.add(card.getElement());
                continue;
            }
            if (rows == null) {
                rows = new Markup();
            }
            var others = othersEditing.getOrDefault(formKey(item.itemCode()), List.of());
            rows.open("div", "class", others.isEmpty() ? "checklist-item" : "checklist-item edited-by-others",
                    "data-item", Long.toString(item.id()), "data-code", item.itemCode());
            if (!others.isEmpty()) {
                rows.element("span", getTranslation("checklist.others-editing", String.join(", ", others)),
                        "theme", "badge warning small", "class", "item-others-editing");
            }
            rows.open("div", "class", "item-row");
            ChecklistItemCard.row(rows, this, getLocale(), item, canEdit, false);
            rows.close("div").close("div");
        }
        if (rows != null) {
            wanted.add(rows.toString());
        }
        var shown = group.getChildren().skip(1).toList();
        if (sameShape(shown, wanted)) {
            // Only texts changed: the rows are rewritten in place and the open cards stay where they are, so
            // a form someone is typing in is not rebuilt in their browser.
            for (var i = 0; i < wanted.size(); i++) {
                if (wanted.get(i) instanceof String html && !html.equals(shown.get(i).getProperty("innerHTML", ""))) {
                    shown.get(i).setProperty("innerHTML", html);
                }
            }
            return;
        }
        shown.forEach(group::removeChild);
        for (var part : wanted) {
            group.appendChild(part instanceof Element card ? card : rows((String) part));
        }
    }

    private static boolean sameShape(List<Element> shown, List<Object> wanted) {
        if (shown.size() != wanted.size()) {
            return false;
        }
        for (var i = 0; i < wanted.size(); i++) {
            var part = wanted.get(i);
            if (part instanceof Element card ? !card.equals(shown.get(i))
                    : !"item-rows".equals(shown.get(i).getAttribute("class"))) {
                return false;
            }
        }
        return true;
    }

    private static Element rows(String html) {
        var element = new Element("div");
        element.setAttribute("class", "item-rows");
        element.setProperty("innerHTML", html);
        return element;
    }

    /** The HTML of the closed items' rows, as the browser gets it. */
    String rowsHtml() {
        var html = new StringBuilder();
        getElement().getChildren().forEach(group -> group.getChildren()
                .filter(child -> "item-rows".equals(child.getAttribute("class")))
                .forEach(rows -> html.append(rows.getProperty("innerHTML", ""))));
        return html.toString();
    }

    private Markup themeSummary(Theme theme, List<ChecklistItemDetails> items) {        var done = items.stream().filter(i -> i.status() == ItemStatus.SELESAI || i.status() == ItemStatus.TIDAK_BERLAKU)
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

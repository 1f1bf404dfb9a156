package id.go.kemendagri.siap.checklist.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.PieceLine;
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
 * the heading and each theme's summary are drawn in the browser from records, each theme is a plain
 * {@code <details>} that opens and closes in the browser, and the closed items of a theme are rows drawn by
 * one {@link ChecklistRows} element (one before an opened item and one after it). An item becomes a
 * component, a {@link ChecklistItemCard}, only while it is open; closing it lets the card go. Re-reads the
 * whole checklist (three statements) when told of a change and hands each open card its fresh item; who
 * else edits which item (presence) only redraws the rows, from the records they were drawn from.
 */
@StyleSheet("styles/checklist.css")
class RegionChecklistPanel extends Div {

    private static final String FORM_PREFIX = "checklist:";

    private final String regionCode;
    private final transient ChecklistService checklists;
    private final transient RegionSection.Presence presence;
    private final boolean canEdit;
    private final boolean canVerify;
    private final InfoPanel heading = new InfoPanel();
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
        heading.addClassName("checklist-heading");
        add(heading);
        for (var theme : Theme.values()) {
            var section = section(theme);
            getElement().appendChild(section.getElement());
            themes.put(theme, section.getElement());
        }
        retired.setAttribute("class", "checklist-retired");
        retired.appendChild(new Element("summary").setText(getTranslation("checklist.retired.title")));
        getElement().appendChild(retired);
        render(checklists.regionChecklist(regionCode));
        presence.onOthersEditing(this::showOthersEditing);
    }

    /**
     * Who else has which item's form open now (presence key to names): their rows and cards are marked,
     * redrawn from the rows already shown, without reading the database.
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
        runs().forEach(run -> run.setRows(run.rows().stream().map(this::withOthersEditing).toList()));
        cards.values().forEach(card -> card.showOthersEditing(othersEditing.getOrDefault(formKey(card.code()), List.of())));
    }

    private ChecklistRows.Row withOthersEditing(ChecklistRows.Row row) {
        var others = othersEditing.getOrDefault(formKey(row.code()), List.of());
        return row.withOthersEditing(others.isEmpty() ? "" : getTranslation("checklist.others-editing", String.join(", ", others)));
    }

    /** The presence key of an item's form, e.g. {@code checklist:KLB-02}. */
    static String formKey(String itemCode) {
        return FORM_PREFIX + itemCode;
    }

    /** A click on a closed item's row: {@code toggle} opens it, {@code edit} opens its form. */
    void act(String action, String itemId) {
        if (itemId == null || !itemId.matches("\\d{1,18}")) {
            return;
        }
        var id = Long.parseLong(itemId);
        if (ChecklistRows.EDIT.equals(action)) {
            open(id).ifPresent(ChecklistItemCard::startEditing);
        } else if (ChecklistRows.TOGGLE.equals(action)) {
            var card = cards.get(id);
            if (card == null) {
                open(id);
            } else {
                close(card);
            }
        }
    }

    private void close(ChecklistItemCard card) {
        if (card.isEditing()) {
            return;
        }
        card.close();
        cards.remove(card.itemId());
        refreshFromServer();
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
        card.onCloseRequested(() -> close(card));
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

    /** The rows of the closed items, in the order shown. */
    List<ChecklistRows.Row> rows() {
        return runs().flatMap(run -> run.rows().stream()).toList();
    }

    private java.util.stream.Stream<ChecklistRows> runs() {
        return java.util.stream.Stream.concat(themes.values().stream()
                        .flatMap(theme -> theme.getComponent().isPresent() ? java.util.stream.Stream.of(theme) : theme.getChildren()),
                        retired.getChildren()).map(Element::getComponent).flatMap(Optional::stream)
                .filter(ChecklistRows.class::isInstance).map(ChecklistRows.class::cast);
    }

    private void render(RegionChecklist checklist) {
        var readiness = checklist.readiness();
        heading.heading(getTranslation("checklist.title", checklist.cycleName()), 3);
        heading.setHeadline(List.of(
                Piece.text(getTranslation("checklist.readiness.verified", readiness.verifiedPercent())).withClass("readiness-verified"),
                Piece.text(getTranslation("checklist.readiness.reported", readiness.reportedPercent())).withClass("readiness-reported"),
                Piece.progress(readiness.verifiedPercent() / 100.0,
                        getTranslation("checklist.readiness.verified", readiness.verifiedPercent())).withClass("readiness-bar")));
        var byTheme = new EnumMap<Theme, List<ChecklistItemDetails>>(Theme.class);
        checklist.current().forEach(item -> byTheme.computeIfAbsent(item.theme(), t -> new ArrayList<>()).add(item));
        for (var theme : Theme.values()) {
            var list = byTheme.getOrDefault(theme, List.of());
            var summary = themeSummary(theme, list);
            var anyOpen = list.stream().anyMatch(item -> cards.containsKey(item.id()));
            var shown = themes.get(theme);
            if (!anyOpen) {
                // No item of the theme is open: the theme is one element, drawn in the browser.
                var section = shown.getComponent().filter(ChecklistRows.class::isInstance).map(ChecklistRows.class::cast)
                        .orElseGet(() -> {
                            var fresh = section(theme);
                            replace(theme, fresh.getElement());
                            return fresh;
                        });
                section.setVisible(!list.isEmpty());
                section.setSummary(theme.name(), summary);
                section.setRows(list.stream().map(item -> withOthersEditing(
                        ChecklistItemCard.row(this, getLocale(), item, canEdit, false))).toList());
            } else {
                var details = shown.getComponent().isPresent() ? replace(theme, details(theme)) : shown;
                details.setVisible(true);
                ((PieceLine) details.getChild(0).getChild(0).getComponent().orElseThrow()).setPieces(summary);
                items(details, list);
            }
        }
        var retiredItems = checklist.items().stream().filter(ChecklistItemDetails::retired).toList();
        retired.setVisible(!retiredItems.isEmpty());
        items(retired, retiredItems);
        cards.values().forEach(card -> card.showOthersEditing(othersEditing.getOrDefault(formKey(card.code()), List.of())));
    }

    /** A theme while none of its items is open: one element with the theme's summary and rows. */
    private ChecklistRows section(Theme theme) {
        var rows = new ChecklistRows(getTranslation("checklist.edit"), false);
        rows.addClassName("theme-rows");
        rows.getElement().setAttribute("data-theme", theme.name());
        rows.addActionListener(action -> act(action.getAction(), action.getKey()));
        return rows;
    }

    /** A theme with an open item: a disclosure with the summary line, then runs of closed items and the open cards. */
    private static Element details(Theme theme) {
        var details = new Element("details");
        details.setAttribute("class", "checklist-theme");
        details.setAttribute("data-theme", theme.name());
        details.setAttribute("open", true);
        var summary = new Element("summary");
        var line = new PieceLine();
        line.addClassName("theme-summary");
        summary.appendChild(line.getElement());
        details.appendChild(summary);
        return details;
    }

    /** Puts {@code fresh} where the theme's element is now. */
    private Element replace(Theme theme, Element fresh) {
        var old = themes.get(theme);
        var index = getElement().indexOfChild(old);
        getElement().removeChild(old);
        if (old.getComponent().isEmpty()) {
            old.removeAllChildren(); // lets go of the cards it held
        }
        getElement().insertChild(index, fresh);
        themes.put(theme, fresh);
        return fresh;
    }

    /**
     * The items of one group after its summary: runs of closed items as one {@link ChecklistRows} each, an open
     * item as its card (given its fresh state). Runs that stay where they are get their new rows only, so the
     * browser redraws the rows that changed and a form someone is typing in is not rebuilt.
     */
    private void items(Element group, List<ChecklistItemDetails> items) {
        var wanted = new ArrayList<Object>();
        List<ChecklistRows.Row> run = null;
        for (var item : items) {
            var card = cards.get(item.id());
            if (card != null) {
                if (run != null) {
                    wanted.add(run);
                    run = null;
                }
                card.refresh(item);
                wanted.add(card);
                continue;
            }
            if (run == null) {
                run = new ArrayList<>();
            }
            run.add(withOthersEditing(ChecklistItemCard.row(this, getLocale(), item, canEdit, false)));
        }
        if (run != null) {
            wanted.add(run);
        }
        var shown = group.getChildren().skip(1).map(Element::getComponent).flatMap(Optional::stream).toList();
        if (sameShape(shown, wanted)) {
            for (var i = 0; i < wanted.size(); i++) {
                if (shown.get(i) instanceof ChecklistRows rows) {
                    @SuppressWarnings("unchecked")
                    var next = (List<ChecklistRows.Row>) wanted.get(i);
                    rows.setRows(next);
                }
            }
            return;
        }
        group.getChildren().skip(1).toList().forEach(group::removeChild);
        for (var part : wanted) {
            if (part instanceof ChecklistItemCard card) {
                group.appendChild(card.getElement());
            } else {
                var rows = new ChecklistRows(getTranslation("checklist.edit"), false);
                rows.addActionListener(action -> act(action.getAction(), action.getKey()));
                @SuppressWarnings("unchecked")
                var next = (List<ChecklistRows.Row>) part;
                rows.setRows(next);
                group.appendChild(rows.getElement());
            }
        }
    }

    private static boolean sameShape(List<com.vaadin.flow.component.Component> shown, List<Object> wanted) {
        if (shown.size() != wanted.size()) {
            return false;
        }
        for (var i = 0; i < wanted.size(); i++) {
            var part = wanted.get(i);
            if (part instanceof ChecklistItemCard card ? card != shown.get(i) : !(shown.get(i) instanceof ChecklistRows)) {
                return false;
            }
        }
        return true;
    }

    private List<Piece> themeSummary(Theme theme, List<ChecklistItemDetails> items) {
        var done = items.stream().filter(i -> i.status() == ItemStatus.SELESAI || i.status() == ItemStatus.TIDAK_BERLAKU)
                .count();
        var verifiedCount = items.stream().filter(i -> i.verification() == Verification.VERIFIED).count();
        var overdue = items.stream().filter(ChecklistItemDetails::overdue).count();
        var pieces = new ArrayList<>(List.of(
                Piece.text(getTranslation("checklist.theme." + theme.name())).withClass("theme-name"),
                Piece.text(getTranslation("checklist.theme.progress", done, items.size(), verifiedCount)).withClass("theme-progress"),
                Piece.progress(items.isEmpty() ? 0 : (double) done / items.size(),
                        getTranslation("checklist.theme.progress", done, items.size(), verifiedCount)).withClass("theme-bar")));
        if (overdue > 0) {
            pieces.add(Piece.badge(getTranslation("checklist.theme.overdue", overdue), "error small"));
        }
        return pieces;
    }
}

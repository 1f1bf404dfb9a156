package id.go.kemendagri.siap.budget.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.InfoPanel.Column;
import id.go.kemendagri.siap.base.ui.InfoPanel.Fact;
import id.go.kemendagri.siap.base.ui.InfoPanel.Row;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.budget.TransferDetails;

/** One recipient's grant on the region page: figures, tranches, transfers, and the forms for writers. */
class GrantCard extends Div {

    private final transient BudgetService budget;
    private final boolean canWrite;
    /** Figures, tranches and transfers, drawn in the browser; buttons send {@code edit}, {@code add-transfer}, {@code remove}. */
    final InfoPanel summary = new InfoPanel();
    final InfoPanel tranches = new InfoPanel();
    final InfoPanel transfers = new InfoPanel();
    /** The forms are built when first opened: most visits only read the four grants. */
    GrantForm form;
    TransferForm transferForm;
    /** The change history and the discussion: built when their button is pressed, dropped when pressed again. */
    GrantHistory history;
    private com.vaadin.flow.component.Component discussion;
    private transient id.go.kemendagri.siap.base.ui.CommentThreads threads;
    private GrantDetails current;
    /**
     * The record a link to the region page named ({@code ?buka=hibah-kpu}, {@code tahap-1-kpu},
     * {@code penyaluran-123}: a derived checklist item's "Buka sumber"), marked while the card is shown: {@code grant},
     * {@code tranche:1} or {@code transfer:123}; null for none.
     */
    private String marked;

    /** The parts of {@code ?buka=} that name a grant ({@code hibah-kpu}), a tranche ({@code tahap-1-kpu}) or a transfer. */
    static final String GRANT_PART = "hibah-";
    static final String TRANCHE_PART = "tahap-";
    static final String TRANSFER_PART = "penyaluran-";
    /** The class of the card, and of the marker in a row, of the record a link named. */
    static final String SOURCE_RECORD = "source-record";

    /**
     * Lets the card offer the grant's discussion (the comment feature's thread), built only while it is open so
     * that the region page stays small. Nothing for a grant not yet recorded.
     */
    void setThreads(id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        this.threads = threads;
        render();
    }

    GrantCard(GrantDetails grant, BudgetService budget, boolean canWrite) {
        this.budget = budget;
        this.canWrite = canWrite;
        addClassNames("card", "grant-card");
        setId("grant-" + grant.recipient().name().toLowerCase(java.util.Locale.ROOT));
        summary.addClassName("grant-summary");
        tranches.addClassNames("grant-table", "tranche-grid");
        transfers.addClassNames("grant-table", "transfer-grid");
        summary.addActionListener(event -> act(event.getAction(), event.getKey()));
        if (canWrite) {
            transfers.addActionListener(event -> act(event.getAction(), event.getKey()));
        }
        add(summary, tranches, transfers);
        closeForms();
        show(grant);
    }

    /**
     * A click on one of the card's buttons: {@code edit} opens the grant's form, {@code add-transfer} the
     * transfer form, {@code remove} removes the transfer. Checked again here: the client may send anything.
     */
    void act(String action, String transfer) {
        if (current == null) {
            return;
        }
        if (HISTORY.equals(action)) {
            toggleHistory();
            return;
        }
        if (DISCUSS.equals(action)) {
            toggleDiscussion();
            return;
        }
        if (!canWrite) {
            return;
        }
        switch (action) {
            case "edit" -> {
                closeForms();
                grantForm().edit(current);
                form.setVisible(true);
            }
            case "add-transfer" -> {
                if (transferAllowed()) {
                    closeForms();
                    transferForm().start(current);
                    transferForm.setVisible(true);
                }
            }
            case "remove" -> {
                if (transfer.matches("\\d{1,18}")) {
                    removeTransfer(Long.parseLong(transfer));
                }
            }
            default -> {
            }
        }
    }

    static final String HISTORY = "history";
    static final String DISCUSS = "discuss";

    /** Opens the change history (reads it) or drops it. */
    void toggleHistory() {
        if (history != null) {
            remove(history);
            history = null;
        } else {
            history = new GrantHistory(budget);
            add(history);
            history.setOpened(true);
            history.show(current);
        }
        render();
    }

    /** Opens the grant's discussion (a live thread) or drops it; only for a recorded grant. */
    void toggleDiscussion() {
        if (discussion != null) {
            remove(discussion);
            discussion = null;
        } else if (threads != null && current.id() > 0) {
            discussion = threads.thread("GRANT", current.id(), current.regionCode(), "wilayah/" + current.regionCode());
            discussion.addClassName("grant-discussion");
            add(discussion);
        }
        render();
    }

    private boolean transferAllowed() {
        return current.stage() == id.go.kemendagri.siap.budget.SigningStage.SIGNED && current.remaining() > 0;
    }

    /** The buttons the card shows now (for tests): {@code edit}, {@code add-transfer}. */
    List<String> buttons() {
        return !canWrite || current == null ? List.of()
                : transferAllowed() ? List.of("edit", "add-transfer") : List.of("edit");
    }

    Recipient recipient() {
        return current.recipient();
    }

    /**
     * Marks the grant, one of its tranches or one of its transfers if {@code parts} (the page address's
     * {@code ?buka=}) name it, and scrolls the card into view; returns whether it did.
     */
    boolean reveal(java.util.Set<String> parts) {
        var recipient = current.recipient().name().toLowerCase(java.util.Locale.ROOT);
        String found = null;
        for (var part : parts) {
            if (part.equals(GRANT_PART + recipient)) {
                found = "grant";
            } else if (part.startsWith(TRANCHE_PART) && part.endsWith("-" + recipient)) {
                var number = part.substring(TRANCHE_PART.length(), part.length() - recipient.length() - 1);
                if (current.tranches().stream().anyMatch(t -> Integer.toString(t.number()).equals(number))) {
                    found = "tranche:" + number;
                }
            } else if (part.startsWith(TRANSFER_PART) && current.transfers().stream()
                    .anyMatch(t -> part.equals(TRANSFER_PART + t.id()))) {
                found = "transfer:" + part.substring(TRANSFER_PART.length());
            }
        }
        if (found == null) {
            return false;
        }
        marked = found;
        addClassName(SOURCE_RECORD);
        render();
        scrollIntoView();
        return true;
    }

    /** What a link marked on this card ({@code grant}, {@code tranche:1}, {@code transfer:123}), or null. */
    String marked() {
        return marked;
    }

    private List<Piece> marker(String what) {
        return what.equals(marked) ? List.of(Labels.badge(getTranslation("checklist.derived.record"), "primary")
                .withClass(SOURCE_RECORD)) : List.of();
    }

    private static List<Piece> with(List<Piece> marker, Piece piece) {
        var pieces = new ArrayList<>(marker);
        pieces.add(piece);
        return pieces;
    }

    GrantDetails shown() {
        return current;
    }

    /**
     * New values from the server (a live update): the display changes, a form the user is typing in stays
     * as it is and its save will be refused as stale if someone else saved in between.
     */
    void show(GrantDetails grant) {
        current = grant;
        render();
    }

    private void afterSave(GrantDetails grant) {
        current = grant;
        closeForms();
    }

    private GrantForm grantForm() {
        if (form == null) {
            form = new GrantForm(budget, this::afterSave, this::closeForms);
            beforeHistory(form);
        }
        return form;
    }

    private TransferForm transferForm() {
        if (transferForm == null) {
            transferForm = new TransferForm(budget, this::afterSave, this::closeForms);
            beforeHistory(transferForm);
        }
        return transferForm;
    }

    private void beforeHistory(com.vaadin.flow.component.Component form) {
        addComponentAtIndex(indexOf(transfers) + 1, form);
    }

    private void closeForms() {
        if (form != null) {
            form.setVisible(false);
        }
        if (transferForm != null) {
            transferForm.setVisible(false);
        }
        render();
    }

    /** The figures, tranches and transfers, drawn in the browser from records (one element each). */
    private void render() {
        if (current == null) {
            return;
        }
        if (history != null) {
            history.show(current);
        }
        summary.heading(Labels.recipient(this, current.recipient()), 4);
        var badges = new ArrayList<Piece>(List.of(current.notApplicable() ? Labels.notApplicableBadge(this)
                : Labels.stageBadge(this, current.stage())));
        if (current.band() != null) {
            badges.add(Labels.bandBadge(this, current.band()));
        }
        if (current.late()) {
            badges.add(Labels.lateBadge(this));
        }
        if (current.demo()) {
            badges.add(Labels.demoBadge(this));
        }
        badges.addAll(marker("grant"));
        summary.setHeadline(badges);
        var facts = new ArrayList<Fact>();
        if (current.notApplicable()) {
            fact(facts, "budget.not-applicable.reason", current.notApplicableReason());
        }
        fact(facts, "budget.field.proposed", Labels.money(this, current.proposed()));
        fact(facts, "budget.field.agreed", Labels.money(this, current.agreed()));
        fact(facts, "budget.field.nphd-number", current.nphdNumber() == null ? "–" : current.nphdNumber()
                + (current.signedOn() == null ? "" : " · " + Formats.date(current.signedOn(), getLocale())));
        fact(facts, "budget.field.scheme", Labels.scheme(this, current.scheme(), budget));
        fact(facts, "budget.split", current.agreed() == null ? current.earlierYearPercent() + "% / "
                + (100 - current.earlierYearPercent()) + "%"
                : getTranslation("budget.split.value", current.earlierYearPercent(),
                        Labels.money(this, current.earlierYearAmount()), 100 - current.earlierYearPercent(),
                        Labels.money(this, current.voteYearAmount())));
        if (current.agreed() != null && current.agreed() > 0) {
            var disbursed = Labels.money(this, current.disbursed()) + " ("
                    + Rupiah.percent(current.disbursed(), current.agreed(), getLocale()) + ")";
            facts.add(new Fact(getTranslation("budget.column.disbursed"), List.of(Piece.text(disbursed),
                    Piece.progress((double) current.disbursed() / current.agreed(), disbursed).withClass("disbursed-bar"))));
        }
        summary.setFacts(facts);
        var actions = new ArrayList<Piece>(buttons().stream().map(action -> Piece.button(getTranslation(
                "edit".equals(action) ? "budget.edit" : "budget.transfer.add"), "small", action, "")
                .withClass("edit".equals(action) ? "grant-edit" : "transfer-add")).toList());
        actions.add(Piece.button(getTranslation("budget.history"), "tertiary small", HISTORY, Boolean.toString(history != null))
                .withIcon(history != null ? "vaadin:angle-down" : "vaadin:angle-right").withClass("grant-history-toggle"));
        if (threads != null && current.id() > 0) {
            actions.add(Piece.button(getTranslation("budget.discussion"), "tertiary small", DISCUSS,
                    Boolean.toString(discussion != null)).withIcon(discussion != null ? "vaadin:angle-down" : "vaadin:comments-o")
                    .withClass("grant-discussion-toggle"));
        }
        summary.setActions(actions);
        tranches();
        transfers();
        var updated = current.updatedAt() == null ? "" : getTranslation("budget.updated", current.updatedBy(),
                Formats.dateTime(current.updatedAt(), getLocale()));
        summary.setFooter(current.transfers().isEmpty() && current.tranches().isEmpty() ? updated : "");
        tranches.setFooter(current.transfers().isEmpty() ? updated : "");
        transfers.setFooter(updated);
    }

    private void tranches() {
        tranches.setTable(List.of(Column.of(getTranslation("budget.tranche")),
                new Column(getTranslation("budget.tranche.amount"), "num"), Column.of(getTranslation("budget.tranche.due")),
                new Column(getTranslation("budget.tranche.booked"), "num"), Column.of(getTranslation("budget.tranche.status"))),
                current.tranches().stream().map(t -> new Row(Integer.toString(t.number()), List.of(
                        with(marker("tranche:" + t.number()),
                                Piece.text(getTranslation("budget.tranche.name", t.number()) + " (" + t.percent() + "%)")),
                        List.of(Piece.text(Labels.money(this, t.amount()))),
                        List.of(Piece.text(Formats.date(t.due(), getLocale()))),
                        List.of(Piece.text(Labels.money(this, t.booked()))),
                        List.of(t.complete() ? Labels.badge(getTranslation("budget.tranche.complete"), "success")
                                : t.late() ? Labels.lateBadge(this) : Labels.badge(getTranslation("budget.tranche.open"), "contrast")))))
                        .toList());
    }

    private void transfers() {
        var columns = new ArrayList<>(List.of(Column.of(getTranslation("budget.transfer.date")),
                Column.of(getTranslation("budget.tranche")), new Column(getTranslation("budget.transfer.amount"), "num"),
                Column.of(getTranslation("budget.transfer.reference"))));
        if (canWrite) {
            columns.add(new Column("", "row-actions"));
        }
        var remove = getTranslation("budget.transfer.remove");
        transfers.setTable(columns, current.transfers().stream().map(t -> {
            var cells = new ArrayList<List<Piece>>(List.of(with(marker("transfer:" + t.id()),
                    Piece.text(Formats.date(t.date(), getLocale()))),
                    List.of(Piece.text(getTranslation("budget.tranche.name", t.tranche()))),
                    List.of(Piece.text(Labels.money(this, t.amount()))), List.of(Piece.text(t.reference()))));
            if (canWrite) {
                cells.add(List.of(Piece.button("", "tertiary-inline error", "remove", Long.toString(t.id()))
                        .withIcon("vaadin:trash").withTitle(remove).withClass("transfer-remove")));
            }
            return new Row(Long.toString(t.id()), cells);
        }).toList());
    }

    /** A click on a transfer's remove button in the HTML table. */
    void removeTransfer(long transferId) {
        current.transfers().stream().filter(t -> t.id() == transferId).findFirst().ifPresent(this::remove);
    }

    private void remove(TransferDetails transfer) {
        try {
            show(budget.removeTransfer(current.regionCode(), current.recipient(), transfer.id(), current.version()));
            FieldErrors.notify(getTranslation("budget.transfer.removed"), com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        } catch (StaleDataException e) {
            show(budget.find(current.regionCode(), current.recipient()));
            FieldErrors.notify(getTranslation("error.stale"), com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
        }
    }

    private void fact(List<Fact> facts, String labelKey, String value) {
        facts.add(new Fact(getTranslation(labelKey), List.of(Piece.text(value))));
    }
}

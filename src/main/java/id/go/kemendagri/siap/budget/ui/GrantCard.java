package id.go.kemendagri.siap.budget.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.HtmlClicks;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.budget.TransferDetails;

/** One recipient's grant on the region page: figures, tranches, transfers, and the forms for writers. */
@Uses(ProgressBar.class)
@Uses(Icon.class)
@Uses(Button.class)
class GrantCard extends Div {

    /**
     * The client sends a click only when it hit one of the card's buttons (drawn in the HTML): which
     * ({@code edit}, {@code add-transfer}, {@code remove}) and, for a transfer's remove button, the transfer.
     */
    private static final String BUTTON = "[data-grant-action]";
    static final String ON_ACTION = HtmlClicks.hit(BUTTON);
    static final String ACTION_NAME = HtmlClicks.data(BUTTON, "grantAction");
    static final String ACTION_TRANSFER = HtmlClicks.data(BUTTON, "transfer");

    private final transient BudgetService budget;
    private final boolean canWrite;
    private final Element display = new Element("div");
    /** The forms are built when first opened: most visits only read the four grants. */
    GrantForm form;
    TransferForm transferForm;
    final GrantHistory history;
    private GrantDetails current;

    /**
     * Adds the grant's discussion (the comment feature's thread) as a closed section that builds the thread only
     * while it is open, so that the region page stays small. Nothing for a grant not yet recorded.
     */
    void setThreads(id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        if (threads == null || current == null || current.id() <= 0) {
            return;
        }
        var grantId = current.id();
        var regionCode = current.regionCode();
        var discussion = new com.vaadin.flow.component.details.Details(getTranslation("budget.discussion"));
        discussion.addClassName("grant-discussion");
        discussion.addOpenedChangeListener(event -> {
            discussion.removeAll();
            if (event.isOpened()) {
                discussion.add(threads.thread("GRANT", grantId, regionCode, "wilayah/" + regionCode));
            }
        });
        add(discussion);
    }

    GrantCard(GrantDetails grant, BudgetService budget, boolean canWrite) {
        this.budget = budget;
        this.canWrite = canWrite;
        addClassNames("card", "grant-card");
        setId("grant-" + grant.recipient().name().toLowerCase(java.util.Locale.ROOT));
        history = new GrantHistory(budget);
        display.setAttribute("class", "grant-display");
        getElement().appendChild(display);
        if (canWrite) {
            HtmlClicks.listen(getElement(), BUTTON, List.of("grantAction", "transfer"),
                    data -> act(data.get(0), data.get(1)));
        }
        add(history);
        closeForms();
        show(grant);
    }

    /**
     * A click on one of the card's buttons: {@code edit} opens the grant's form, {@code add-transfer} the
     * transfer form, {@code remove} removes the transfer. Checked again here: the client may send anything.
     */
    void act(String action, String transfer) {
        if (!canWrite || current == null) {
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

    /** Element index, not component index: the display is a plain element. */
    private void beforeHistory(com.vaadin.flow.component.Component form) {
        getElement().insertChild(getElement().indexOfChild(history.getElement()), form.getElement());
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

    /**
     * The figures, tranches and transfers are drawn as HTML into one element: the region page stays open
     * in many sessions, and as components and grids they took about 40 server-side elements per grant.
     */
    private void render() {
        if (current == null) {
            display.setProperty("innerHTML", "");
            return;
        }
        history.show(current);
        var html = new Markup().open("div", "class", "grant-heading")
                .element("h4", Labels.recipient(this, current.recipient()))
                .open("div", "class", "grant-badges")
                .copy(Labels.stageBadge(this, current.stage()));
        if (current.band() != null) {
            html.copy(Labels.bandBadge(this, current.band()));
        }
        if (current.late()) {
            html.copy(Labels.lateBadge(this));
        }
        if (current.demo()) {
            html.copy(Labels.demoBadge(this));
        }
        html.close("div").close("div");
        line(html, "budget.field.proposed", Labels.money(this, current.proposed()));
        line(html, "budget.field.agreed", Labels.money(this, current.agreed()));
        line(html, "budget.field.nphd-number", current.nphdNumber() == null ? "–" : current.nphdNumber()
                + (current.signedOn() == null ? "" : " · " + Formats.date(current.signedOn(), getLocale())));
        line(html, "budget.field.scheme", Labels.scheme(this, current.scheme()));
        line(html, "budget.split", current.agreed() == null ? current.earlierYearPercent() + "% / "
                + (100 - current.earlierYearPercent()) + "%"
                : getTranslation("budget.split.value", current.earlierYearPercent(),
                        Labels.money(this, current.earlierYearAmount()), 100 - current.earlierYearPercent(),
                        Labels.money(this, current.voteYearAmount())));
        if (current.agreed() != null && current.agreed() > 0) {
            line(html, "budget.column.disbursed", Labels.money(this, current.disbursed()) + " ("
                    + Rupiah.percent(current.disbursed(), current.agreed(), getLocale()) + ")");
            html.element("vaadin-progress-bar", "", "class", "disbursed-bar",
                    "value", Double.toString(Math.min(1, (double) current.disbursed() / current.agreed())));
        }
        if (!current.tranches().isEmpty()) {
            tranches(html);
        }
        if (!current.transfers().isEmpty()) {
            transfers(html);
        }
        if (current.updatedAt() != null) {
            html.element("span", getTranslation("budget.updated", current.updatedBy(),
                    Formats.dateTime(current.updatedAt(), getLocale())), "class", "updated");
        }
        if (canWrite) {
            html.open("div", "class", "grant-buttons")
                    .element("vaadin-button", getTranslation("budget.edit"), "theme", "small", "class", "grant-edit",
                            "data-grant-action", "edit");
            if (transferAllowed()) {
                html.element("vaadin-button", getTranslation("budget.transfer.add"), "theme", "small", "class",
                        "transfer-add", "data-grant-action", "add-transfer");
            }
            html.close("div");
        }
        html.into(display);
    }

    private void tranches(Markup html) {
        html.open("table", "class", "grant-table tranche-grid").open("thead").open("tr")
                .element("th", getTranslation("budget.tranche"))
                .element("th", getTranslation("budget.tranche.amount"), "class", "num")
                .element("th", getTranslation("budget.tranche.due"))
                .element("th", getTranslation("budget.tranche.booked"), "class", "num")
                .element("th", getTranslation("budget.tranche.status"))
                .close("tr").close("thead").open("tbody");
        for (var t : current.tranches()) {
            html.open("tr")
                    .element("td", getTranslation("budget.tranche.name", t.number()) + " (" + t.percent() + "%)")
                    .element("td", Labels.money(this, t.amount()), "class", "num")
                    .element("td", Formats.date(t.due(), getLocale()))
                    .element("td", Labels.money(this, t.booked()), "class", "num")
                    .open("td")
                    .copy(t.complete() ? Labels.badge(getTranslation("budget.tranche.complete"), "success")
                            : t.late() ? Labels.lateBadge(this) : Labels.badge(getTranslation("budget.tranche.open"), "contrast"))
                    .close("td").close("tr");
        }
        html.close("tbody").close("table");
    }

    private void transfers(Markup html) {
        html.open("table", "class", "grant-table transfer-grid").open("thead").open("tr")
                .element("th", getTranslation("budget.transfer.date"))
                .element("th", getTranslation("budget.tranche"))
                .element("th", getTranslation("budget.transfer.amount"), "class", "num")
                .element("th", getTranslation("budget.transfer.reference"));
        if (canWrite) {
            html.element("th", "");
        }
        html.close("tr").close("thead").open("tbody");
        for (var t : current.transfers()) {
            html.open("tr")
                    .element("td", Formats.date(t.date(), getLocale()))
                    .element("td", getTranslation("budget.tranche.name", t.tranche()))
                    .element("td", Labels.money(this, t.amount()), "class", "num")
                    .element("td", t.reference());
            if (canWrite) {
                var remove = getTranslation("budget.transfer.remove");
                html.open("td").open("vaadin-button", "theme", "tertiary-inline error", "class", "transfer-remove",
                                "data-grant-action", "remove", "data-transfer", Long.toString(t.id()), "aria-label", remove, "title", remove)
                        .element("vaadin-icon", "", "icon", "vaadin:trash")
                        .close("vaadin-button").close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
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

    private void line(Markup html, String labelKey, String value) {
        html.open("div", "class", "grant-line")
                .element("span", getTranslation(labelKey), "class", "label")
                .element("span", value, "class", "value")
                .close("div");
    }
}

package id.go.kemendagri.siap.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.budget.TrancheStatus;
import id.go.kemendagri.siap.budget.TransferDetails;

/** One recipient's grant on the region page: figures, tranches, transfers, and the forms for writers. */
class GrantCard extends Div {

    private final transient BudgetService budget;
    private final boolean canWrite;
    private final Div display = new Div();
    /** The forms are built when first opened: most visits only read the four grants. */
    GrantForm form;
    TransferForm transferForm;
    final Button edit = new Button();
    final Button addTransfer = new Button();
    final GrantHistory history;
    private GrantDetails current;

    GrantCard(GrantDetails grant, BudgetService budget, boolean canWrite) {
        this.budget = budget;
        this.canWrite = canWrite;
        addClassNames("card", "grant-card");
        setId("grant-" + grant.recipient().name().toLowerCase(java.util.Locale.ROOT));
        edit.setText(getTranslation("budget.edit"));
        edit.addClassName("grant-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClickListener(e -> {
            closeForms();
            grantForm().edit(current);
            form.setVisible(true);
        });
        addTransfer.setText(getTranslation("budget.transfer.add"));
        addTransfer.addClassName("transfer-add");
        addTransfer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addTransfer.addClickListener(e -> {
            closeForms();
            transferForm().start(current);
            transferForm.setVisible(true);
        });
        history = new GrantHistory(budget);
        add(display, history);
        closeForms();
        show(grant);
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
            addComponentAtIndex(indexOf(history), form);
        }
        return form;
    }

    private TransferForm transferForm() {
        if (transferForm == null) {
            transferForm = new TransferForm(budget, this::afterSave, this::closeForms);
            addComponentAtIndex(indexOf(history), transferForm);
        }
        return transferForm;
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

    private void render() {
        display.removeAll();
        if (current == null) {
            return;
        }
        history.show(current);
        var title = new H4(Labels.recipient(this, current.recipient()));
        var badges = new Div(Labels.stageBadge(this, current.stage()), Labels.bandBadge(this, current.band()));
        if (current.late()) {
            badges.add(Labels.lateBadge(this));
        }
        if (current.demo()) {
            badges.add(Labels.demoBadge(this));
        }
        badges.addClassName("grant-badges");
        var heading = new Div(title, badges);
        heading.addClassName("grant-heading");
        display.add(heading);
        display.add(line("budget.field.proposed", Labels.money(this, current.proposed())),
                line("budget.field.agreed", Labels.money(this, current.agreed())),
                line("budget.field.nphd-number", current.nphdNumber() == null ? "–" : current.nphdNumber()
                        + (current.signedOn() == null ? "" : " · " + Formats.date(current.signedOn(), getLocale()))),
                line("budget.field.scheme", Labels.scheme(this, current.scheme())),
                line("budget.split", current.agreed() == null ? current.earlierYearPercent() + "% / "
                        + (100 - current.earlierYearPercent()) + "%"
                        : getTranslation("budget.split.value", current.earlierYearPercent(),
                                Labels.money(this, current.earlierYearAmount()), 100 - current.earlierYearPercent(),
                                Labels.money(this, current.voteYearAmount()))));
        if (current.agreed() != null && current.agreed() > 0) {
            var progress = new ProgressBar(0, 1, Math.min(1, (double) current.disbursed() / current.agreed()));
            progress.addClassName("disbursed-bar");
            display.add(line("budget.column.disbursed", Labels.money(this, current.disbursed()) + " ("
                    + Rupiah.percent(current.disbursed(), current.agreed(), getLocale()) + ")"), progress);
        }
        if (!current.tranches().isEmpty()) {
            display.add(tranches());
        }
        if (!current.transfers().isEmpty()) {
            display.add(transfers());
        }
        if (current.updatedAt() != null) {
            var updated = new Span(getTranslation("budget.updated", current.updatedBy(),
                    Formats.dateTime(current.updatedAt(), getLocale())));
            updated.addClassName("updated");
            display.add(updated);
        }
        if (canWrite) {
            addTransfer.setVisible(current.stage() == id.go.kemendagri.siap.budget.SigningStage.SIGNED
                    && current.remaining() > 0);
            var buttons = new Div(edit, addTransfer);
            buttons.addClassName("grant-buttons");
            display.add(buttons);
        }
    }

    private Grid<TrancheStatus> tranches() {
        var grid = new Grid<TrancheStatus>();
        grid.addColumn(t -> getTranslation("budget.tranche.name", t.number()) + " (" + t.percent() + "%)")
                .setHeader(getTranslation("budget.tranche")).setAutoWidth(true);
        grid.addColumn(t -> Labels.money(this, t.amount())).setHeader(getTranslation("budget.tranche.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.due(), getLocale())).setHeader(getTranslation("budget.tranche.due"))
                .setAutoWidth(true);
        grid.addColumn(t -> Labels.money(this, t.booked())).setHeader(getTranslation("budget.tranche.booked"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(t -> t.complete() ? Labels.badge(getTranslation("budget.tranche.complete"), "success")
                : t.late() ? Labels.lateBadge(this) : Labels.badge(getTranslation("budget.tranche.open"), "contrast"))
                .setHeader(getTranslation("budget.tranche.status")).setAutoWidth(true);
        grid.setItems(current.tranches());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addClassName("tranche-grid");
        return grid;
    }

    private Grid<TransferDetails> transfers() {
        var grid = new Grid<TransferDetails>();
        grid.addColumn(t -> Formats.date(t.date(), getLocale())).setHeader(getTranslation("budget.transfer.date"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("budget.tranche.name", t.tranche())).setHeader(getTranslation("budget.tranche"))
                .setAutoWidth(true);
        grid.addColumn(t -> Labels.money(this, t.amount())).setHeader(getTranslation("budget.transfer.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(TransferDetails::reference).setHeader(getTranslation("budget.transfer.reference"))
                .setAutoWidth(true);
        if (canWrite) {
            grid.addComponentColumn(t -> {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(t));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("budget.transfer.remove"));
                remove.setTooltipText(getTranslation("budget.transfer.remove"));
                return remove;
            }).setWidth("4rem").setFlexGrow(0);
        }
        grid.setItems(current.transfers());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addClassName("transfer-grid");
        return grid;
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

    private Div line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        var text = new Span(value);
        text.addClassName("value");
        var line = new Div(label, text);
        line.addClassName("grant-line");
        return line;
    }
}

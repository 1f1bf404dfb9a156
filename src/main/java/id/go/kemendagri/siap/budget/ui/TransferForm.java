package id.go.kemendagri.siap.budget.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.TransferDetails;
import id.go.kemendagri.siap.budget.TransferDraft;

/** Books one transfer (date, amount, reference such as the SP2D number) against a tranche. */
class TransferForm extends Div {

    final Select<Integer> tranche = new Select<>();
    final DatePicker date = new DatePicker();
    final MoneyField amount = new MoneyField("budget.transfer.amount");
    final TextField reference = new TextField();
    final Button save = new Button();
    private final Div conflict = new Div();
    /** The fields bound to the draft; the grant version it was opened with is kept. */
    final DraftForm<TransferDraft> form = new DraftForm<>(this, TransferDraft.class);
    private final transient BudgetService budget;
    private final transient Consumer<GrantDetails> saved;
    private GrantDetails current;

    TransferForm(BudgetService budget, Consumer<GrantDetails> saved, Runnable cancelled) {
        this.budget = budget;
        this.saved = saved;
        addClassName("transfer-form");
        tranche.setLabel(getTranslation("budget.transfer.tranche"));
        tranche.setItemLabelGenerator(n -> getTranslation("budget.tranche.name", n));
        date.setLabel(getTranslation("budget.transfer.date"));
        date.setLocale(Formats.normalise(getLocale()));
        reference.setLabel(getTranslation("budget.transfer.reference"));
        reference.setHelperText(getTranslation("budget.transfer.reference.helper"));
        reference.setMaxLength(100);
        Fields.button(save, "budget.transfer.save", null, this::save, ButtonVariant.LUMO_PRIMARY);
        save.addClassName("transfer-save");
        var cancel = new Button(getTranslation("budget.cancel"), e -> cancelled.run());
        form.bind(tranche, "tranche", Converter.from(number -> Result.ok(number == null ? 0 : number),
                number -> number == 0 ? null : number));
        form.bind(date, "date");
        form.bind(amount, "amount", amount.converter());
        form.bind(reference, "reference");
        var layout = new FormLayout(tranche, date, amount, reference);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        add(conflict, layout, new HorizontalLayout(save, cancel));
    }

    void start(GrantDetails grant) {
        current = grant;
        conflict.setVisible(false);
        tranche.setItems(grant.scheme() == Scheme.TRANCHES ? java.util.List.of(1, 2) : java.util.List.of(1));
        var open = grant.tranches().stream().filter(t -> !t.complete()).findFirst();
        form.read(new TransferDraft(open.map(t -> t.number()).orElse(1), null,
                open.isPresent() ? Math.min(open.get().amount(), grant.remaining()) : null, "", grant.version()));
    }

    private void save() {
        form.save(draft -> budget.addTransfer(current.regionCode(), current.recipient(), draft), "budget.transfer.saved",
                saved, this::showConflict);
    }

    /**
     * Someone changed the grant first (most often: booked a transfer). The transfer they booked meanwhile, if
     * any, beside the one typed, and what would be disbursed with it on top, so that a transfer booked twice
     * shows. The form keeps what was typed, now against the current version; apply saves it, discard closes
     * the form and shows the grant as it is now.
     */
    private void showConflict(TransferDraft mine) {
        var seen = current.transfers().stream().map(TransferDetails::id).collect(java.util.stream.Collectors.toSet());
        var fresh = budget.find(current.regionCode(), current.recipient());
        current = fresh;
        form.keep("grantVersion", fresh.version());
        var theirs = fresh.transfers().stream().filter(t -> !seen.contains(t.id())).reduce((a, b) -> b).orElse(null);
        var amount = mine.amount() == null ? 0 : mine.amount();
        conflict.removeAll();
        conflict.add(new ConflictPanel(getTranslation("budget.transfer.stale", fresh.updatedBy() == null ? "-"
                : fresh.updatedBy(), Formats.dateTime(fresh.updatedAt(), getLocale())), List.of(
                        row("budget.transfer.tranche", theirs == null ? null : trancheName(theirs.tranche()),
                                trancheName(mine.tranche())),
                        row("budget.transfer.date", theirs == null ? null : Formats.date(theirs.date(), getLocale()),
                                Formats.date(mine.date(), getLocale())),
                        row("budget.transfer.amount", theirs == null ? null : Labels.money(this, theirs.amount()),
                                mine.amount() == null ? null : Labels.money(this, mine.amount())),
                        row("budget.transfer.reference", theirs == null ? null : theirs.reference(), mine.reference()),
                        row("budget.column.disbursed", Labels.money(this, fresh.disbursed()),
                                Labels.money(this, fresh.disbursed() + amount))),
                () -> {
                    conflict.setVisible(false);
                    save();
                }, () -> {
                    conflict.setVisible(false);
                    saved.accept(fresh);
                }));
        conflict.setVisible(true);
    }

    private String trancheName(int number) {
        return getTranslation("budget.tranche.name", number);
    }

    private ConflictPanel.Row row(String labelKey, String current, String mine) {
        return new ConflictPanel.Row(getTranslation(labelKey), current, mine);
    }

}

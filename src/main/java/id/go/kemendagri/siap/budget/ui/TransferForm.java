package id.go.kemendagri.siap.budget.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
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
        save.setText(getTranslation("budget.transfer.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("transfer-save");
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("budget.cancel"), e -> cancelled.run());
        var form = new FormLayout(tranche, date, amount, reference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        add(conflict, form, new HorizontalLayout(save, cancel));
    }

    void start(GrantDetails grant) {
        current = grant;
        conflict.setVisible(false);
        tranche.setItems(grant.scheme() == Scheme.TRANCHES ? java.util.List.of(1, 2) : java.util.List.of(1));
        var open = grant.tranches().stream().filter(t -> !t.complete()).findFirst();
        tranche.setValue(open.map(t -> t.number()).orElse(1));
        date.setValue(null);
        amount.show(open.isPresent() ? Math.min(open.get().amount(), grant.remaining()) : null);
        reference.setValue("");
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void save() {
        if (!amount.check()) {
            return;
        }
        var draft = new TransferDraft(tranche.getValue() == null ? 0 : tranche.getValue(), date.getValue(),
                amount.valueOrNull(), reference.getValue(), current.version());
        try {
            var result = budget.addTransfer(current.regionCode(), current.recipient(), draft);
            FieldErrors.notify(getTranslation("budget.transfer.saved"), NotificationVariant.LUMO_SUCCESS);
            saved.accept(result);
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e.fieldErrors(), fields());
        } catch (StaleDataException e) {
            showConflict(draft);
        }
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
        FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
    }

    private String trancheName(int number) {
        return getTranslation("budget.tranche.name", number);
    }

    private ConflictPanel.Row row(String labelKey, String current, String mine) {
        return new ConflictPanel.Row(getTranslation(labelKey), current, mine);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("tranche", tranche, "date", date, "amount", amount, "reference", reference);
    }
}

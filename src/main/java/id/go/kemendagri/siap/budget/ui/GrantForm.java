package id.go.kemendagri.siap.budget.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;

/** Edits one grant's figures; the server decides, the form explains. */
class GrantForm extends Div {

    final Select<SigningStage> stage = new Select<>();
    final Select<Scheme> scheme = new Select<>();
    final MoneyField proposed = new MoneyField("budget.field.proposed");
    final MoneyField agreed = new MoneyField("budget.field.agreed");
    final TextField nphdNumber = new TextField();
    final DatePicker signedOn = new DatePicker();
    final IntegerField earlierYearPercent = new IntegerField();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Div conflict = new Div();
    private final transient BudgetService budget;
    private final transient java.util.function.Consumer<GrantDetails> saved;
    private final transient Runnable cancelled;
    private GrantDetails current;

    GrantForm(BudgetService budget, java.util.function.Consumer<GrantDetails> saved, Runnable cancelled) {
        this.budget = budget;
        this.saved = saved;
        this.cancelled = cancelled;
        addClassName("grant-form");
        stage.setLabel(getTranslation("budget.field.stage"));
        stage.setItems(SigningStage.values());
        stage.setItemLabelGenerator(s -> Labels.stage(this, s));
        scheme.setLabel(getTranslation("budget.field.scheme"));
        scheme.setItems(Scheme.values());
        scheme.setItemLabelGenerator(s -> Labels.scheme(this, s));
        nphdNumber.setLabel(getTranslation("budget.field.nphd-number"));
        nphdNumber.setMaxLength(100);
        signedOn.setLabel(getTranslation("budget.field.signed-on"));
        signedOn.setLocale(Formats.normalise(getLocale()));
        earlierYearPercent.setLabel(getTranslation("budget.field.earlier-year-percent"));
        earlierYearPercent.setHelperText(getTranslation("budget.field.earlier-year-percent.helper"));
        earlierYearPercent.setMin(0);
        earlierYearPercent.setMax(100);
        earlierYearPercent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        var form = new FormLayout(stage, scheme, proposed, agreed, nphdNumber, signedOn, earlierYearPercent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        save.setText(getTranslation("budget.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("grant-save");
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("budget.cancel"));
        cancel.addClickListener(e -> cancelled.run());
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        add(conflict, form, new HorizontalLayout(save, cancel));
    }

    void edit(GrantDetails grant) {
        current = grant;
        conflict.setVisible(false);
        fill(grant.toDraft());
    }

    private void fill(GrantDraft draft) {
        stage.setValue(draft.stage());
        scheme.setValue(draft.scheme());
        proposed.show(draft.proposed());
        agreed.show(draft.agreed());
        nphdNumber.setValue(draft.nphdNumber() == null ? "" : draft.nphdNumber());
        signedOn.setValue(draft.signedOn());
        earlierYearPercent.setValue(draft.earlierYearPercent());
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void save() {
        if (!proposed.check() | !agreed.check()) {
            FieldErrors.notify(getTranslation("error.invalid"), NotificationVariant.LUMO_ERROR);
            return;
        }
        var draft = new GrantDraft(stage.getValue(), scheme.getValue(), proposed.valueOrNull(), agreed.valueOrNull(),
                nphdNumber.getValue(), signedOn.getValue(), earlierYearPercent.getValue(), current.version());
        try {
            var result = budget.save(current.regionCode(), current.recipient(), draft);
            FieldErrors.notify(getTranslation("budget.saved"), NotificationVariant.LUMO_SUCCESS);
            saved.accept(result);
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e.fieldErrors(), fields());
        } catch (StaleDataException e) {
            showConflict(draft);
        }
    }

    /**
     * Someone saved first: their figures and this user's, side by side. The form keeps what was typed,
     * now based on the current version; the user applies it on top or discards it.
     */
    private void showConflict(GrantDraft mine) {
        var fresh = budget.find(current.regionCode(), current.recipient());
        current = fresh;
        var theirs = fresh.toDraft();
        conflict.removeAll();
        conflict.add(new ConflictPanel(getTranslation("budget.stale", fresh.updatedBy() == null ? "-" : fresh.updatedBy(),
                Formats.dateTime(fresh.updatedAt(), getLocale())), List.of(
                        row("budget.field.stage", Labels.stage(this, theirs.stage()), Labels.stage(this, mine.stage())),
                        row("budget.field.scheme", Labels.scheme(this, theirs.scheme()), Labels.scheme(this, mine.scheme())),
                        row("budget.field.proposed", Labels.money(this, theirs.proposed()), Labels.money(this, mine.proposed())),
                        row("budget.field.agreed", Labels.money(this, theirs.agreed()), Labels.money(this, mine.agreed())),
                        row("budget.field.nphd-number", theirs.nphdNumber(), mine.nphdNumber()),
                        row("budget.field.signed-on", date(theirs.signedOn()), date(mine.signedOn())),
                        row("budget.split", String.valueOf(theirs.earlierYearPercent()), String.valueOf(mine.earlierYearPercent()))),
                this::save, () -> {
                    conflict.setVisible(false);
                    fill(theirs);
                    cancelled.run();
                }));
        conflict.setVisible(true);
        FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
    }

    private ConflictPanel.Row row(String labelKey, String theirs, String mine) {
        return new ConflictPanel.Row(getTranslation(labelKey), theirs, mine);
    }

    private String date(java.time.LocalDate value) {
        return value == null ? null : Formats.date(value, getLocale());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("stage", stage, "scheme", scheme, "proposed", proposed, "agreed", agreed, "nphdNumber",
                nphdNumber, "signedOn", signedOn, "earlierYearPercent", earlierYearPercent);
    }
}

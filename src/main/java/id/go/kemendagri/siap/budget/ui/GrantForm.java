package id.go.kemendagri.siap.budget.ui;

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
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
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
    /** TNI and Polri only: the region needs no such grant; the figures are then hidden and not saved. */
    final com.vaadin.flow.component.checkbox.Checkbox notApplicable = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.textfield.TextArea notApplicableReason = new com.vaadin.flow.component.textfield.TextArea();
    private final FormLayout figures;
    final Button save = new Button();
    final Button cancel = new Button();
    private final Div conflict = new Div();
    /** The fields bound to the draft (amounts converted from the text typed); the version is kept as read. */
    final DraftForm<GrantDraft> form = new DraftForm<>(this, GrantDraft.class);
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
        scheme.setItemLabelGenerator(s -> Labels.scheme(this, s, budget));
        nphdNumber.setLabel(getTranslation("budget.field.nphd-number"));
        nphdNumber.setMaxLength(100);
        signedOn.setLabel(getTranslation("budget.field.signed-on"));
        signedOn.setLocale(Formats.normalise(getLocale()));
        earlierYearPercent.setLabel(getTranslation("budget.field.earlier-year-percent"));
        earlierYearPercent.setHelperText(getTranslation("budget.field.earlier-year-percent.helper"));
        earlierYearPercent.setMin(0);
        earlierYearPercent.setMax(100);
        earlierYearPercent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        form.bind(stage, "stage");
        form.bind(scheme, "scheme");
        form.bind(proposed, "proposed", proposed.converter());
        form.bind(agreed, "agreed", agreed.converter());
        form.bind(nphdNumber, "nphdNumber");
        form.bind(signedOn, "signedOn");
        form.bind(earlierYearPercent, "earlierYearPercent");
        form.showAs("proposed", (Long amount) -> Labels.money(this, amount));
        form.showAs("agreed", (Long amount) -> Labels.money(this, amount));
        form.showAs("signedOn", (java.time.LocalDate date) -> Formats.date(date, getLocale()));
        var layout = new FormLayout(stage, scheme, proposed, agreed, nphdNumber, signedOn, earlierYearPercent);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        figures = layout;
        notApplicable.setLabel(getTranslation("budget.field.not-applicable"));
        notApplicable.setHelperText(getTranslation("budget.field.not-applicable.helper"));
        notApplicable.addClassName("grant-not-applicable-check");
        notApplicableReason.setLabel(getTranslation("budget.field.not-applicable-reason"));
        notApplicableReason.setHelperText(getTranslation("budget.field.not-applicable-reason.helper"));
        notApplicableReason.setMaxLength(500);
        notApplicableReason.setWidthFull();
        notApplicable.addValueChangeListener(e -> showNotApplicable());
        Fields.button(save, "budget.save", null, this::save, ButtonVariant.LUMO_PRIMARY);
        save.addClassName("grant-save");
        Fields.button(cancel, "budget.cancel", null, cancelled);
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        add(conflict, notApplicable, notApplicableReason, layout, new HorizontalLayout(save, cancel));
    }

    void edit(GrantDetails grant) {
        current = grant;
        conflict.setVisible(false);
        var security = grant.recipient() == Recipient.TNI || grant.recipient() == Recipient.POLRI;
        notApplicable.setVisible(security);
        notApplicable.setValue(grant.notApplicable());
        notApplicableReason.setValue(grant.notApplicable() ? grant.notApplicableReason() : "");
        notApplicableReason.setInvalid(false);
        showNotApplicable();
        fill(grant.toDraft());
    }

    /** Marked not applicable: the reason instead of the figures (a grant marked so takes no figures). */
    private void showNotApplicable() {
        var marked = notApplicable.getValue();
        notApplicableReason.setVisible(marked);
        figures.setVisible(!marked && (current == null || !current.notApplicable()));
    }

    private void fill(GrantDraft draft) {
        form.read(new GrantDraft(draft.stage(), draft.scheme(), draft.proposed(), draft.agreed(),
                draft.nphdNumber() == null ? "" : draft.nphdNumber(), draft.signedOn(), draft.earlierYearPercent(),
                draft.version()));
    }

    private void save() {
        if (notApplicable.isVisible() && (notApplicable.getValue() || current.notApplicable())) {
            saveNotApplicable();
            return;
        }
        form.save(draft -> budget.save(current.regionCode(), current.recipient(), draft), "budget.saved", saved,
                this::showConflict);
    }

    /**
     * Marks the grant not applicable (with the reason) or, when the box was cleared, makes it count again; the
     * server checks the recipient, the reason, the grant's state and the user's right to write the region.
     */
    private void saveNotApplicable() {
        var marking = notApplicable.getValue();
        try {
            var result = marking
                    ? budget.markNotApplicable(current.regionCode(), current.recipient(), notApplicableReason.getValue(),
                            current.version())
                    : budget.clearNotApplicable(current.regionCode(), current.recipient(), current.version());
            FieldErrors.notify(getTranslation(marking ? "budget.not-applicable.saved" : "budget.not-applicable.cleared"),
                    NotificationVariant.LUMO_SUCCESS);
            saved.accept(result);
        } catch (id.go.kemendagri.siap.base.InvalidInputException e) {
            var reason = e.fieldErrors().get("notApplicableReason");
            notApplicableReason.setInvalid(reason != null);
            notApplicableReason.setErrorMessage(reason == null ? null : getTranslation(reason));
            var other = e.fieldErrors().get("notApplicable");
            if (other != null) {
                FieldErrors.notify(getTranslation(other), NotificationVariant.LUMO_ERROR);
            }
        } catch (id.go.kemendagri.siap.base.StaleDataException e) {
            // Someone changed the grant in between: show theirs, the user decides again.
            var typed = notApplicableReason.getValue();
            edit(budget.find(current.regionCode(), current.recipient()));
            notApplicable.setValue(marking);
            notApplicableReason.setValue(typed);
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
        }
    }

    /**
     * Someone saved first: their figures and this user's, side by side. The form keeps what was typed,
     * now based on the current version; the user applies it on top or discards it.
     */
    private void showConflict(GrantDraft mine) {
        var fresh = budget.find(current.regionCode(), current.recipient());
        current = fresh;
        form.showConflict(conflict, form.staleText("budget.stale", fresh.updatedBy(), fresh.updatedAt()),
                fresh.toDraft(), mine, "version", () -> {
                    conflict.setVisible(false);
                    save();
                }, () -> {
                    conflict.setVisible(false);
                    cancelled.run();
                });
    }
}

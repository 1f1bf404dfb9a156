package id.go.kemendagri.siap.checklist.ui;

import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistRules;
import id.go.kemendagri.siap.checklist.ChecklistService;

/** Asks an evaluator why an item goes back to the region; the reason is required. */
class ReturnDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReturnDialog(long itemId, long version, ChecklistService checklists, Consumer<ChecklistItemDetails> onReturned) {
        setHeaderTitle(getTranslation("checklist.return.title"));
        addClassName("return-dialog");
        Fields.text(reason, "checklist.return.reason", ChecklistRules.MAX_REASON, null);
        reason.setRequired(true);
        reason.setWidth("28rem");
        add(reason);
        confirm.setText(getTranslation("checklist.return"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                onReturned.accept(checklists.giveBack(itemId, version, reason.getValue()));
                close();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.fieldErrors().values().iterator().next()));
            } catch (StaleDataException ex) {
                Toasts.show(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING, 4000);
                onReturned.accept(checklists.item(itemId));
                close();
            }
        });
        getFooter().add(new Button(getTranslation("checklist.cancel"), e -> close()), confirm);
        reason.focus();
    }
}

package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Shown inside an open form the moment someone else saves the record it edits: who saved and when, with "Muat
 * ulang" (drop what the user typed, load the saved version) and "Bandingkan" (both versions side by side, see
 * {@link ConflictPanel}). Showing it changes none of the form's fields. Made by
 * {@link DraftForm#showSavedElsewhere}.
 */
public class SavedElsewhereNotice extends Div {

    final Paragraph text;
    final Button reload = new Button();
    final Button compare = new Button();

    SavedElsewhereNotice(String notice, Runnable onReload, Runnable onCompare) {
        addClassName("saved-elsewhere");
        setId("saved-elsewhere");
        getElement().setAttribute("role", "alert");
        ConflictPanel.warningBox(this);
        text = new Paragraph(notice);
        Fields.button(reload, "conflict.reload", "saved-elsewhere-reload", onReload, ButtonVariant.LUMO_SMALL);
        Fields.button(compare, "conflict.compare", "saved-elsewhere-compare", onCompare,
                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        add(text, new HorizontalLayout(reload, compare));
    }

    /** The notice as the user reads it. */
    public String text() {
        return text.getText();
    }
}

package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The shell's bar ({@code frontend/components/siap-shell-bar.js}): menu button, view title, demo badge and
 * language switch, drawn in the browser from the data set here.
 */
@Tag("siap-shell-bar")
@JsModule("./components/siap-shell-bar.js")
class ShellBar extends Component {

    /** A language the user can switch to. */
    record Language(String code, String name, boolean current) {
    }

    /** The demo badge: its text and its explanation. */
    record Demo(String label, String title) {
    }

    void setHeading(String heading) {
        getElement().setProperty("heading", heading);
    }

    String getHeading() {
        return getElement().getProperty("heading", "");
    }

    void setLabels(String toggleLabel, String languageLabel) {
        getElement().setProperty("toggleLabel", toggleLabel);
        getElement().setProperty("languageLabel", languageLabel);
    }

    void setDemo(Demo demo) {
        getElement().setPropertyBean("demo", demo);
    }

    void setLanguages(List<Language> languages) {
        getElement().setPropertyList("languages", languages);
    }

    Registration addLanguageSelectListener(ComponentEventListener<LanguageSelectEvent> listener) {
        return addListener(LanguageSelectEvent.class, listener);
    }

    /** A language button was pressed; the language is only a request, checked against the offered ones. */
    @DomEvent("siap-language-select")
    public static class LanguageSelectEvent extends ComponentEvent<ShellBar> {

        private final String language;

        public LanguageSelectEvent(ShellBar source, boolean fromClient, @EventData("event.detail.language") String language) {
            super(source, fromClient);
            this.language = language;
        }

        String language() {
            return language;
        }
    }
}

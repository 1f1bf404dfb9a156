package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.shared.Registration;
import lombok.Getter;

/**
 * A click on one of the buttons of an element drawn in the browser ({@link InfoPanel}, the checklist rows): the
 * {@code siap-action} event with its action and key as the browser sent them (check both).
 */
@DomEvent("siap-action")
public class ActionEvent<C extends Component> extends ComponentEvent<C> {

    @Getter
    private final String action;
    @Getter
    private final String key;

    public ActionEvent(C source, boolean fromClient, @EventData("event.detail.action") String action,
            @EventData("event.detail.key") String key) {
        super(source, fromClient);
        this.action = action == null ? "" : action;
        this.key = key == null ? "" : key;
    }

    /** Hears the {@code siap-action} events of {@code component}. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <C extends Component> Registration listen(C component,
            ComponentEventListener<ActionEvent<C>> listener) {
        return ComponentUtil.addListener(component, (Class) ActionEvent.class, (ComponentEventListener) listener);
    }
}

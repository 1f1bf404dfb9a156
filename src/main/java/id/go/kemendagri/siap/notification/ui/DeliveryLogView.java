package id.go.kemendagri.siap.notification.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.notification.DeliveryEntry;
import id.go.kemendagri.siap.notification.DeliveryState;
import id.go.kemendagri.siap.notification.MailDelivery;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /admin/log-notifikasi}: every notification (inbox) and e-mail with recipient, state, attempts and the last
 * error, newest first; filtered by channel, recipient and state. Administrators only.
 */
@Route(value = "admin/log-notifikasi", layout = MainLayout.class)
@Menu(order = 96, icon = "vaadin:envelopes-o", title = "notification.log.title")
@RolesAllowed(Role.ADMIN_NAME)
public class DeliveryLogView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 500;

    private final transient MailDelivery delivery;
    final Select<String> channel = new Select<>();
    final TextField recipient = new TextField();
    final Select<DeliveryState> state = new Select<>();
    final Grid<DeliveryEntry> grid = new Grid<>();
    private List<DeliveryEntry> rows = List.of();

    DeliveryLogView(MailDelivery delivery) {
        this.delivery = delivery;
        setSizeFull();
        channel.setLabel(getTranslation("notification.log.channel"));
        channel.setItems("INBOX", "EMAIL");
        channel.setEmptySelectionAllowed(true);
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation("notification.log.channel." + c));
        channel.addValueChangeListener(e -> refresh());
        recipient.setLabel(getTranslation("notification.log.recipient"));
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> refresh());
        state.setLabel(getTranslation("notification.log.state"));
        state.setItems(DeliveryState.values());
        state.setEmptySelectionAllowed(true);
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation("notification.log.state." + s));
        state.addValueChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale())).setHeader(getTranslation("notification.log.created")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("notification.log.channel." + e.channel())).setHeader(getTranslation("notification.log.channel")).setAutoWidth(true);
        grid.addColumn(e -> e.address() == null ? e.recipient() : e.recipient() + " <" + e.address() + ">")
                .setHeader(getTranslation("notification.log.recipient")).setAutoWidth(true);
        grid.addColumn(e -> e.kind() == null ? getTranslation("notification.log.digest")
                : getTranslation("notification.kind-name." + e.kind())).setHeader(getTranslation("notification.log.kind")).setAutoWidth(true);
        grid.addColumn(DeliveryEntry::subject).setHeader(getTranslation("notification.log.subject"));
        grid.addColumn(e -> getTranslation("notification.log.state." + e.state())).setHeader(getTranslation("notification.log.state")).setAutoWidth(true);
        grid.addColumn(DeliveryEntry::attempts).setHeader(getTranslation("notification.log.attempts")).setAutoWidth(true);
        grid.addColumn(e -> e.doneAt() == null ? "" : Formats.dateTime(e.doneAt(), getLocale()))
                .setHeader(getTranslation("notification.log.done")).setAutoWidth(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("notification.log.error"));
        add(new HorizontalLayout(channel, recipient, state), grid);
        refresh();
    }

    void refresh() {
        rows = delivery.log(channel.getValue(), recipient.getValue(), state.getValue(), LIMIT);
        grid.setItems(rows);
    }

    List<DeliveryEntry> rows() {
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.log.title") + " | " + getTranslation("app.name");
    }
}

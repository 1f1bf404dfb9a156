package id.go.kemendagri.siap.security.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;

/** The parts of the user administration: people, read-API tokens, the API's call log; links between them. */
class AdminTabs extends Tabs {

    AdminTabs(Class<? extends Component> current) {
        addClassName("admin-tabs");
        var views = Map.<Class<? extends Component>, String>of(UserAdminView.class, "admin.tab.users",
                ApiTokenView.class, "admin.tab.api-tokens", ApiCallView.class, "admin.tab.api-calls");
        for (var view : java.util.List.of(UserAdminView.class, ApiTokenView.class, ApiCallView.class)) {
            var tab = new Tab(new RouterLink(getTranslation(views.get(view)), view));
            add(tab);
            if (view.equals(current)) {
                setSelectedTab(tab);
            }
        }
        setWidthFull();
    }
}

package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.security.ApiScope;
import id.go.kemendagri.siap.security.ApiTokenDraft;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.security.IssuedToken;

/**
 * Issues a token: a form bound to an {@link ApiTokenDraft} (the service judges it), then the token itself,
 * shown this once with a copy button and a curl line to try it. Closing the dialog forgets it.
 */
class ApiTokenDialog extends Dialog {

    /** Default lifetime offered: a quarter, the rhythm of the ministry's reporting. */
    static final int DEFAULT_DAYS = 90;

    private final transient ApiTokenService tokens;
    private final transient Clock clock;
    private final transient Consumer<IssuedToken> onIssued;
    private final Binder<ApiTokenDraft> binder = new Binder<>(ApiTokenDraft.class);
    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final ComboBox<Province> province = new ComboBox<>();
    final DatePicker expiresOn = new DatePicker();
    final FormLayout form = new FormLayout();
    final VerticalLayout issued = new VerticalLayout();
    final TextField secret = new TextField();
    final Button save = new Button();
    final Button close = new Button();

    ApiTokenDialog(ApiTokenService tokens, List<Province> provinces, Clock clock, Consumer<IssuedToken> onIssued) {
        this.tokens = tokens;
        this.clock = clock;
        this.onIssued = onIssued;
        addClassName("api-token-dialog");
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        Fields.text(name, "api-token.field.name", 80, "api-token-name");
        name.setHelperText(getTranslation("api-token.field.name.helper"));
        scopes.setLabel(getTranslation("api-token.field.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("api-scope." + s.label()));
        scopes.setHelperText(getTranslation("api-token.field.scopes.helper"));
        scopes.setId("api-token-scopes");
        Fields.province(province, "api-token.field.province", provinces, "api-token-province");
        province.setPlaceholder(getTranslation("api-tokens.all-provinces"));
        province.setClearButtonVisible(true);
        province.setHelperText(getTranslation("api-token.field.province.helper"));
        Fields.date(expiresOn, "api-token.field.expires", "api-token-expires");
        expiresOn.setHelperText(getTranslation("api-token.field.expires.helper"));
        Fields.judgedOnSave(name, scopes, province, expiresOn);
        binder.forField(name).bind("name");
        binder.forField(scopes).bind("scopes");
        binder.forField(province).withConverter(p -> p == null ? null : p.code(),
                code -> provinces.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null)).bind("provinceCode");
        binder.forField(expiresOn).bind("expiresOn");
        form.add(name, expiresOn, scopes, province);
        form.setColspan(scopes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        issuedPart();
        add(form, issued);
        Fields.button(save, "api-token.issue", "api-token-save", this::save, ButtonVariant.LUMO_PRIMARY);
        Fields.button(close, "user.cancel", "api-token-close", this::close);
        getFooter().add(close, save);
    }

    private void issuedPart() {
        issued.setPadding(false);
        issued.addClassName("api-token-issued");
        secret.setLabel(getTranslation("api-token.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("api-token-secret");
        var copy = new Button(getTranslation("api-token.copy"), VaadinIcon.COPY.create(),
                e -> secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        secret.getValue()));
        copy.setId("api-token-copy");
        issued.setVisible(false);
        issued.add(new Paragraph(getTranslation("api-token.shown-once")), secret, copy);
    }

    void openForNew() {
        setHeaderTitle(getTranslation("api-token.dialog.title"));
        var today = Formats.today(clock);
        binder.readRecord(new ApiTokenDraft("", EnumSet.noneOf(ApiScope.class), null, today.plusDays(DEFAULT_DAYS)));
        expiresOn.setMin(today.plusDays(1));
        showErrors(Map.of());
        secret.clear();
        issued.setVisible(false);
        form.setVisible(true);
        save.setVisible(true);
        close.setText(getTranslation("user.cancel"));
        open();
        name.focus();
    }

    void save() {
        ApiTokenDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var token = tokens.issue(draft);
            showIssued(token);
            onIssued.accept(token);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        }
    }

    /** The form gives way to the token; the administrator copies it now or never. */
    private void showIssued(IssuedToken token) {
        form.setVisible(false);
        save.setVisible(false);
        close.setText(getTranslation("api-token.done"));
        setHeaderTitle(getTranslation("api-token.issued.title", token.token().name()));
        secret.setValue(token.secret());
        issued.setVisible(true);
        var curl = new TextArea(getTranslation("api-token.try"));
        curl.setReadOnly(true);
        curl.setWidthFull();
        curl.setValue("curl -H 'Authorization: Bearer " + token.secret() + "' " + baseUrl()
                + "/api/v1/readiness/provinces");
        curl.setId("api-token-curl");
        issued.getChildren().filter(TextArea.class::isInstance).toList().forEach(issued::remove);
        issued.add(curl);
        FieldErrors.notify(getTranslation("api-token.issued", token.token().name()), NotificationVariant.LUMO_SUCCESS);
    }

    /** The service's verdict on each field (an empty map clears them), with a notification when there is one. */
    private void showErrors(Map<String, String> errors) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "scopes", scopes,
                "provinceCode", province, "expiresOn", expiresOn);
        if (errors.isEmpty()) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldErrors.show(this, errors, fields);
        }
    }

    /** Where this server answers, as the browser reached it, for the curl line. */
    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        var http = request.getHttpServletRequest();
        var url = http.getRequestURL().toString();
        return url.substring(0, url.length() - http.getRequestURI().length()) + http.getContextPath();
    }
}

package id.go.kemendagri.siap.security.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.Translations;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;

/**
 * The fields of one user. It only explains: the service decides what is valid, and its field errors
 * are shown here beside the field they belong to. The one check made here is the password
 * confirmation, which the service never sees.
 */
class UserForm extends FormLayout {

    static final String PASSWORD_CONFIRMATION = "passwordConfirmation";

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<Province> province = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final Checkbox enabled = new Checkbox();
    final Select<Locale> language = new Select<>();
    private final List<Province> provinces;
    private Long version;

    UserForm(List<Province> provinces) {
        this.provinces = provinces;
        addClassName("user-form");
        username.setLabel(getTranslation("user.field.username"));
        username.setMaxLength(60);
        username.setId("user-username");
        fullName.setLabel(getTranslation("user.field.full-name"));
        fullName.setMaxLength(120);
        fullName.setId("user-full-name");
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setId("user-role");
        role.addValueChangeListener(e -> showProvince());
        province.setLabel(getTranslation("user.field.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p.code() + " " + p.name());
        province.setHelperText(getTranslation("user.field.province.helper"));
        province.setId("user-province");
        password.setId("user-password");
        passwordConfirmation.setLabel(getTranslation("user.field.password-confirm"));
        passwordConfirmation.setId("user-password-confirmation");
        enabled.setLabel(getTranslation("user.field.enabled"));
        enabled.setId("user-enabled");
        language.setLabel(getTranslation("user.field.locale"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("shell.language." + l.getLanguage()));
        language.setId("user-locale");
        for (var required : List.of(username, fullName, passwordConfirmation)) {
            required.setRequiredIndicatorVisible(true);
        }
        role.setRequiredIndicatorVisible(true);
        province.setRequiredIndicatorVisible(true);
        // The service's verdict stays on the fields until the next save; the fields do not re-judge on blur.
        username.setManualValidation(true);
        fullName.setManualValidation(true);
        role.setManualValidation(true);
        province.setManualValidation(true);
        password.setManualValidation(true);
        passwordConfirmation.setManualValidation(true);
        language.setManualValidation(true);
        enabled.setManualValidation(true);
        add(username, fullName, password, passwordConfirmation, role, province, language, enabled);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** Shows a user; {@code creating} decides whether the user name may be typed and a password is required. */
    void fill(UserDraft draft, boolean creating) {
        this.version = draft.version();
        username.setValue(draft.username() == null ? "" : draft.username());
        username.setReadOnly(!creating);
        username.setRequiredIndicatorVisible(creating);
        username.setHelperText(creating ? getTranslation("user.field.username.helper") : null);
        fullName.setValue(draft.fullName() == null ? "" : draft.fullName());
        role.setValue(draft.role());
        province.setValue(provinces.stream().filter(p -> p.code().equals(draft.provinceCode())).findFirst()
                .orElse(null));
        password.clear();
        passwordConfirmation.clear();
        password.setLabel(getTranslation(creating ? "user.field.password" : "user.field.password.new"));
        password.setHelperText(getTranslation(creating ? "user.field.password.helper"
                : "user.field.password.helper-edit"));
        password.setRequiredIndicatorVisible(creating);
        passwordConfirmation.setRequiredIndicatorVisible(creating);
        enabled.setValue(draft.enabled());
        language.setValue(Formats.normalise(draft.locale() == null ? null : Locale.forLanguageTag(draft.locale())));
        showProvince();
        showErrors(Map.of());
    }

    UserDraft draft() {
        return new UserDraft(username.getValue().trim(), fullName.getValue(), role.getValue(),
                province.getValue() == null ? null : province.getValue().code(), enabled.getValue(),
                password.getValue(), language.getValue() == null ? null : language.getValue().toLanguageTag(),
                version);
    }

    /** Field errors found before asking the service: only that the two passwords differ. */
    Map<String, String> localErrors() {
        var typed = !password.isEmpty() || !passwordConfirmation.isEmpty();
        return typed && !password.getValue().equals(passwordConfirmation.getValue())
                ? Map.of(PASSWORD_CONFIRMATION, "user.error.password-mismatch") : Map.of();
    }

    /** Marks each field with its error (field name to translation key) and clears the others. */
    void showErrors(Map<String, String> errors) {
        mark(username, errors.get("username"));
        mark(fullName, errors.get("fullName"));
        mark(role, errors.get("role"));
        mark(province, errors.get("provinceCode"));
        mark(password, errors.get("password"));
        mark(passwordConfirmation, errors.get(PASSWORD_CONFIRMATION));
        mark(language, errors.get("locale"));
        mark(enabled, errors.get("enabled"));
    }

    /** Staff are bound to a province; for every other role the province means nothing and is hidden. */
    private void showProvince() {
        var staff = role.getValue() == Role.PROVINCIAL_STAFF;
        province.setVisible(staff);
        if (!staff) {
            province.clear();
        }
    }

    private void mark(HasValidation field, String key) {
        field.setInvalid(key != null);
        field.setErrorMessage(key == null ? null : getTranslation(key));
    }
}

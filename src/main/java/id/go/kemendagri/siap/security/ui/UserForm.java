package id.go.kemendagri.siap.security.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Translations;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;

/**
 * The fields of one user, bound to a {@link UserDraft} through a {@link DraftForm}: the draft's constraints are
 * checked while typing, the service decides everything again and its field errors are shown beside the field
 * they belong to. The one check only made here is the password confirmation, which the service never sees.
 */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<Province> province = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final Checkbox enabled = new Checkbox();
    final Select<Locale> language = new Select<>();
    final DraftForm<UserDraft> binder = new DraftForm<>(this, UserDraft.class);
    private final List<Province> provinces;

    UserForm(List<Province> provinces) {
        this.provinces = provinces;
        addClassName("user-form");
        Fields.text(username, "user.field.username", 60, "user-username");
        Fields.text(fullName, "user.field.full-name", 120, "user-full-name");
        Fields.select(role, "user.field.role", Role.values(), r -> "role." + r.name(), "user-role");
        role.addValueChangeListener(e -> showProvince());
        Fields.province(province, "user.field.province", provinces, "user-province");
        province.setHelperText(getTranslation("user.field.province.helper"));
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
        Fields.judgedOnSave(username, fullName, role, province, password, passwordConfirmation, language, enabled);
        bind();
        add(username, fullName, password, passwordConfirmation, role, province, language, enabled);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    private void bind() {
        binder.bind(username, "username");
        binder.bind(fullName, "fullName");
        binder.bind(role, "role");
        binder.bind(province, "provinceCode", Converter.<Province, String>from(
                chosen -> Result.ok(chosen == null ? null : chosen.code()),
                code -> provinces.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null)));
        binder.bind(enabled, "enabled");
        binder.bind(password, "password");
        binder.bind(language, "locale", Converter.<Locale, String>from(
                chosen -> Result.ok(chosen == null ? null : chosen.toLanguageTag()),
                tag -> Formats.normalise(tag == null ? null : Locale.forLanguageTag(tag))));
        binder.showAs("provinceCode", (String code) -> province.getItemLabelGenerator().apply(
                provinces.stream().filter(p -> p.code().equals(code)).findFirst().orElse(new Province(code, code))));
        binder.showAs("locale", (String tag) -> language.getItemLabelGenerator().apply(
                Formats.normalise(Locale.forLanguageTag(tag))));
        // A password is never shown, not even in a conflict: only whether one was typed.
        binder.showAs("password", (String typed) -> typed.isEmpty() ? null : "\u2022".repeat(8));
        binder.showAs("enabled", (Boolean on) -> getTranslation(on ? "users.status.enabled" : "users.status.disabled"));
    }

    /** Shows a user; {@code creating} decides whether the user name may be typed and a password is required. */
    void fill(UserDraft draft, boolean creating) {
        username.setReadOnly(!creating);
        username.setRequiredIndicatorVisible(creating);
        username.setHelperText(creating ? getTranslation("user.field.username.helper") : null);
        password.setLabel(getTranslation(creating ? "user.field.password" : "user.field.password.new"));
        password.setHelperText(getTranslation(creating ? "user.field.password.helper"
                : "user.field.password.helper-edit"));
        password.setRequiredIndicatorVisible(creating);
        passwordConfirmation.setRequiredIndicatorVisible(creating);
        read(draft);
    }

    /** Fills the fields (the confirmation emptied) and clears earlier errors. */
    void read(UserDraft draft) {
        binder.read(new UserDraft(draft.username() == null ? "" : draft.username(),
                draft.fullName() == null ? "" : draft.fullName(), draft.role(), draft.provinceCode(), draft.enabled(),
                draft.password() == null ? "" : draft.password(), draft.locale(), draft.version()));
        passwordConfirmation.clear();
        passwordConfirmation.setInvalid(false);
        showProvince();
    }

    /**
     * Whether the two passwords typed are the same (checked before asking the service, which never sees the
     * confirmation); when not, the confirmation says so.
     */
    boolean passwordsMatch() {
        var typed = !password.isEmpty() || !passwordConfirmation.isEmpty();
        var match = !typed || password.getValue().equals(passwordConfirmation.getValue());
        passwordConfirmation.setInvalid(!match);
        passwordConfirmation.setErrorMessage(match ? null : getTranslation("user.error.password-mismatch"));
        return match;
    }

    /** Staff are bound to a province; for every other role the province means nothing and is hidden. */
    private void showProvince() {
        var staff = role.getValue() == Role.PROVINCIAL_STAFF;
        province.setVisible(staff);
        if (!staff) {
            province.clear();
        }
    }
}

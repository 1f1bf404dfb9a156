package id.go.kemendagri.siap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserAccount;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class UserAdminViewTest extends UiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService service;
    @Autowired
    AppUserRepository repository;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_admin_creates_a_provincial_staff_member_through_the_dialog() {
        Users.admin();
        var view = navigate(UserAdminView.PATH, UserAdminView.class);
        var username = unique("siti");

        var form = openNewUser(view, username, "Siti Aminah", "rahasia-123", "rahasia-123", Role.PROVINCIAL_STAFF);
        form.province.setValue(form.province.getListDataView().getItems()
                .filter(p -> p.code().equals("62")).findFirst().orElseThrow());
        test(view.dialog.save).click();

        var created = repository.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.PROVINCIAL_STAFF);
        assertThat(created.getProvinceCode()).isEqualTo("62");
        assertThat(view.dialog.isOpened()).isFalse();
    }

    /**
     * A new user with one wrong value: that field says why in Indonesian (the user name, the password, the
     * confirmation before asking the service, the province of staff), the others do not complain, the dialog
     * stays open with what was typed and nothing is saved.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "username             | Siti Aminah    | rahasia-123 | rahasia-123 | EVALUATOR        | Nama pengguna 3-60"
                    + " karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
            "password             | pendek         | 123         | 123         | EVALUATOR        | Kata sandi 8-72 karakter.",
            "passwordConfirmation | beda           | rahasia-123 | rahasia-124 | EVALUATOR        | Kedua kata sandi tidak sama.",
            "province             | tanpa.provinsi | rahasia-123 | rahasia-123 | PROVINCIAL_STAFF | Staf provinsi harus"
                    + " terikat pada satu provinsi yang sah." })
    void a_wrong_value_is_explained_on_its_field_in_indonesian_and_nothing_is_saved(String wrong, String name,
            String password, String confirmation, Role role, String message) {
        Users.admin();
        var view = navigate(UserAdminView.PATH, UserAdminView.class);
        var username = unique(name);

        var form = openNewUser(view, username, "Pengguna Salah", password, confirmation, role);
        test(view.dialog.save).click();

        var fields = Map.<String, HasValidation>of("username", form.username, "password", form.password,
                "passwordConfirmation", form.passwordConfirmation, "province", form.province);
        fields.forEach((field, shown) -> assertThat(shown.isInvalid()).as(field).isEqualTo(field.equals(wrong)));
        assertThat(((Component) fields.get(wrong)).isVisible()).isTrue();
        assertThat(fields.get(wrong).getErrorMessage()).isEqualTo(message);
        assertThat(form.username.getValue()).as("the typing stays").isEqualTo(username);
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    @Test
    void a_stale_edit_keeps_what_was_typed_in_the_conflict_panel_and_apply_mine_saves_it() {
        Users.admin();
        var user = create(unique("rebutan"), Role.EVALUATOR);
        var view = staleEdit(user);

        var panel = $(id.go.kemendagri.siap.base.ui.ConflictPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Diubah Orang Lain").contains("Diubah Saya");
        test($(Button.class).id("conflict-apply-mine")).click();
        assertThat(service.find(user.id()).orElseThrow().fullName()).isEqualTo("Diubah Saya");
        assertThat(view.dialog.isOpened()).isFalse();
    }

    @Test
    void the_province_field_is_shown_only_for_provincial_staff() {
        Users.admin();
        var view = navigate(UserAdminView.PATH, UserAdminView.class);

        test(view.add).click();
        roundTrip();
        var form = view.dialog.form;
        form.role.setValue(Role.EVALUATOR);
        assertThat(form.province.isVisible()).isFalse();
        form.role.setValue(Role.PROVINCIAL_STAFF);
        assertThat(form.province.isVisible()).isTrue();
    }

    @Test
    void the_search_in_the_url_filters_the_grid() {
        Users.admin();
        var username = create(unique("temukan.aku"), Role.LEADERSHIP).username();

        var view = navigateAs(Users.admin(), UserAdminView.PATH + "?cari=" + username, UserAdminView.class);

        assertThat(view.search.getValue()).isEqualTo(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).username()).isEqualTo(username);
    }

    @Test
    void a_stale_edit_is_refused_and_the_form_shows_the_current_values() {
        Users.admin();
        var user = create(unique("rebutan"), Role.EVALUATOR);
        var view = staleEdit(user);

        assertThat(view.dialog.conflict.isVisible()).isTrue();
        assertThat(view.dialog.form.fullName.getValue()).isEqualTo("Diubah Orang Lain");
        assertThat(service.find(user.id()).orElseThrow().fullName()).isEqualTo("Diubah Orang Lain");

        test(view.dialog.save).click();
        assertThat(view.dialog.isOpened()).isFalse();
    }

    @Test
    void a_held_back_user_is_listed_and_can_be_released_from_the_grid() {
        Users.admin();
        var user = create(unique("ditahan"), Role.EVALUATOR);
        var until = java.time.Instant.now().plus(Duration.ofMinutes(15));
        jdbc.update("insert into sign_in_throttle (username, remote_address, failures, held_until, last_failure_at)"
                + " values (?, '198.51.100.9', 5, ?, ?)", user.username(), java.sql.Timestamp.from(until),
                java.sql.Timestamp.from(java.time.Instant.now()));
        var stored = repository.findById(user.id()).orElseThrow();
        stored.setLockedUntil(until);
        repository.save(stored);
        var view = navigateAs(Users.admin(), UserAdminView.PATH + "?cari=" + user.username(), UserAdminView.class);
        assertThat(view.heldBack.isVisible()).isTrue();
        assertThat(view.heldBack.grid.getGenericDataView().getItems())
                .anyMatch(hold -> hold.username().equals(user.username()) && hold.knownUser());

        press(view, "unlock", user);

        assertThat(repository.findById(user.id()).orElseThrow().getLockedUntil()).isNull();
        assertThat(view.heldBack.grid.getGenericDataView().getItems())
                .noneMatch(hold -> hold.username().equals(user.username()));
    }

    @Test
    void the_activity_dialog_lists_the_users_changes() {
        Users.admin();
        var user = create(unique("aktivitas"), Role.EVALUATOR);
        var view = navigateAs(Users.admin(), UserAdminView.PATH + "?cari=" + user.username(), UserAdminView.class);

        assertThat(RowButtons.shown(test(view.grid), 0, "actions", "unlock"))
                .as("unlock only for a user held back").isFalse();
        press(view, "activity", user);
        roundTrip();

        var dialog = $(UserActivityDialog.class).single();
        assertThat(test(dialog.changes).size()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = { "EVALUATOR", "PROVINCIAL_STAFF", "LEADERSHIP" })
    void other_roles_are_refused_the_route(Role role) {
        Users.signIn("bukan-admin", role, role == Role.PROVINCIAL_STAFF ? "62" : null);

        navigate(UserAdminView.PATH, Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
        assertThat($(UserGrid.class).exists()).isFalse();
    }

    /** Opens the dialog for a new user and types into it as a person would; the role is chosen last. */
    private UserForm openNewUser(UserAdminView view, String username, String fullName, String password,
            String confirmation, Role role) {
        test(view.add).click();
        roundTrip();
        var form = view.dialog.form;
        test(form.username).setValue(username);
        test(form.fullName).setValue(fullName);
        test(form.password).setValue(password);
        test(form.passwordConfirmation).setValue(confirmation);
        form.role.setValue(role);
        return form;
    }

    /** An admin edits the user's full name while another admin saves a change first; the save is refused. */
    private UserAdminView staleEdit(UserAccount user) {
        var view = navigateAs(Users.admin(), UserAdminView.PATH + "?cari=" + user.username(), UserAdminView.class);

        press(view, "edit", user);
        roundTrip();
        service.update(user.id(), new UserDraft("", "Diubah Orang Lain", Role.EVALUATOR, null, true, "", null,
                user.version()));
        test(view.dialog.form.fullName).setValue("Diubah Saya");
        test(view.dialog.save).click();
        return view;
    }

    private UserAccount create(String username, Role role) {
        return service.create(new UserDraft(username, "Pengguna Uji", role, null, true, "rahasia-123", null, null));
    }

    /** Presses a button of the first row, the one whose id names the user (as a browser test finds it). */
    private void press(UserAdminView view, String action, UserAccount user) {
        assertThat(RowButtons.find(test(view.grid), 0, "actions", action).orElseThrow().id())
                .isEqualTo(action + "-" + user.username());
        RowButtons.click(test(view.grid), 0, "actions", action);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000;
    }
}

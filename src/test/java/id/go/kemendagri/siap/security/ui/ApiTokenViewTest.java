package id.go.kemendagri.siap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.Tab;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiCallRecord;
import id.go.kemendagri.siap.security.ApiScope;
import id.go.kemendagri.siap.security.ApiTokenDetails;
import id.go.kemendagri.siap.security.ApiTokenDraft;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class ApiTokenViewTest extends UiTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiAccess access;
    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.WIB);
    }

    @Test
    void an_admin_issues_a_token_on_the_screen_and_sees_its_secret_this_once() {
        Users.admin();
        var view = navigate(ApiTokenView.PATH, ApiTokenView.class);
        var name = "KPU RI " + System.nanoTime();

        test(view.issue).click();
        roundTrip();
        var dialog = view.dialog;
        test(dialog.name).setValue(name);
        dialog.scopes.setValue(EnumSet.of(ApiScope.READINESS, ApiScope.REGIONS));
        dialog.province.setValue(dialog.province.getListDataView().getItems().filter(p -> p.code().equals("62"))
                .findFirst().orElseThrow());
        test(dialog.expiresOn).setValue(today().plusDays(60));
        test(dialog.save).click();

        var secret = dialog.secret.getValue();
        assertThat(dialog.issued.isVisible()).isTrue();
        assertThat(dialog.form.isVisible()).isFalse();
        assertThat(secret).startsWith("siap_");
        var client = access.authenticate(secret).client();
        assertThat(client.name()).isEqualTo(name);
        assertThat(client.provinceCode()).isEqualTo("62");
        assertThat(client.scopes()).containsExactlyInAnyOrder(ApiScope.READINESS, ApiScope.REGIONS);
        assertThat(test(view.grid).size()).isPositive();

        test(dialog.close).click();
        test(view.issue).click();
        roundTrip();
        assertThat(view.dialog.secret.getValue()).isEmpty();
        assertThat(view.dialog.issued.isVisible()).isFalse();
    }

    @Test
    void a_token_without_scopes_is_explained_on_its_field_in_indonesian_and_nothing_is_issued() {
        Users.admin();
        var view = navigate(ApiTokenView.PATH, ApiTokenView.class);
        var before = tokens.count(false);

        test(view.issue).click();
        roundTrip();
        test(view.dialog.name).setValue("Tanpa cakupan");
        test(view.dialog.save).click();

        assertThat(view.dialog.scopes.isInvalid()).isTrue();
        assertThat(view.dialog.scopes.getErrorMessage()).isEqualTo("Pilih paling sedikit satu data yang boleh dibaca.");
        assertThat(view.dialog.name.isInvalid()).isFalse();
        assertThat(view.dialog.secret.getValue()).isEmpty();
        assertThat(tokens.count(false)).isEqualTo(before);
    }

    @Test
    void an_admin_revokes_a_token_after_confirming_and_it_is_refused_from_then_on() {
        var issued = issue("Bawaslu " + System.nanoTime());
        var view = navigate(ApiTokenView.PATH, ApiTokenView.class);

        assertNewestFirst(view);
        var row = rowOf(view, issued.token().id());
        RowButtons.click(test(view.grid), row, "actions", "revoke");
        assertThat($(ConfirmDialog.class).exists()).isTrue();
        view.grid.revoke(issued.token());

        assertThat(access.authenticate(issued.secret()).refusal()).isEqualTo(ApiAccess.Refusal.REVOKED);
        assertThat(tokens.find(issued.token().id()).orElseThrow().status(clock.instant()))
                .isEqualTo(ApiTokenDetails.Status.REVOKED);
        $(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        view.usableOnly.setValue(false);
        roundTrip();
        row = rowOf(view, issued.token().id());
        assertThat(RowButtons.shown(test(view.grid), row, "actions", "revoke")).isTrue();
        assertThat(RowButtons.enabled(test(view.grid), row, "actions", "revoke"))
                .as("a revoked token's button is disabled").isFalse();
        RowButtons.click(test(view.grid), row, "actions", "revoke");
        assertThat($(ConfirmDialog.class).all()).as("and a click sent anyway asks nothing").noneMatch(ConfirmDialog::isOpened);
    }

    @Test
    void the_call_log_shows_a_tokens_refused_calls_as_the_url_asks() {
        var issued = issue("Keuangan " + System.nanoTime());
        var client = access.authenticate(issued.secret()).client();
        access.record(new ApiCallRecord(client, "GET", "/api/v1/grants?provinsi=62", 200, 14, "10.0.0.5"));
        access.record(new ApiCallRecord(client, "GET", "/api/v1/heads", 403, 3, "10.0.0.5"));

        var view = navigateAs(Users.admin(), ApiCallView.PATH + "?token=" + issued.token().id() + "&galat=ya",
                ApiCallView.class);

        assertThat(view.token.getValue().id()).isEqualTo(issued.token().id());
        assertThat(view.errorsOnly.getValue()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).path()).isEqualTo("/api/v1/heads");
        view.errorsOnly.setValue(false);
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void the_user_administration_links_users_tokens_and_the_call_log() {
        Users.admin();
        navigate(UserAdminView.PATH, UserAdminView.class);

        var tabs = $(AdminTabs.class).single();
        assertThat(tabs.getSelectedTab().getElement().getTextRecursively()).isEqualTo("Pengguna");
        assertThat($(Tab.class).from(tabs).all()).extracting(t -> t.getElement().getTextRecursively())
                .containsExactly("Pengguna", "Token API", "Log panggilan API");
    }

    @ParameterizedTest
    @ValueSource(strings = { "EVALUATOR", "PROVINCIAL_STAFF", "LEADERSHIP" })
    void other_roles_are_refused_the_token_and_call_log_routes(Role role) {
        for (var path : new String[] { ApiTokenView.PATH, ApiCallView.PATH }) {
            Users.signIn("bukan-admin", role, role == Role.PROVINCIAL_STAFF ? "62" : null);
            navigate(path, Component.class);
            assertThat(getCurrentView()).isNotInstanceOfAny(ApiTokenView.class, ApiCallView.class);
        }
    }

    /**
     * Tokens other test classes issued stay in a shared database, some at a later test-clock time, so the one just
     * issued is not always the first row: the order is checked as such, and the token is looked up by its id.
     */
    private void assertNewestFirst(ApiTokenView view) {
        var created = IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).createdAt()).toList();
        assertThat(created).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
    }

    private int rowOf(ApiTokenView view, long id) {
        return IntStream.range(0, test(view.grid).size())
                .filter(i -> test(view.grid).getRow(i).id() == id).findFirst().orElseThrow();
    }

    private id.go.kemendagri.siap.security.IssuedToken issue(String name) {
        Users.admin();
        return tokens.issue(new ApiTokenDraft(name, Set.of(ApiScope.GRANTS), null, today().plusDays(10)));
    }
}

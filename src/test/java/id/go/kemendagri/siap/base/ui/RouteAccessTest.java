package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

class RouteAccessTest extends UiTest {

    @Test
    void every_view_says_who_may_open_it() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var views = scanner.findCandidateComponents("id.go.kemendagri.siap");

        assertThat(views).hasSizeGreaterThanOrEqualTo(5);
        for (var definition : views) {
            var view = Class.forName(definition.getBeanClassName());
            assertThat(view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(RolesAllowed.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as("%s carries an access annotation", view.getName()).isTrue();
        }
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_view() {
        navigate("wilayah", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void provincial_staff_opening_another_province_find_nothing() {
        Users.staff("62");

        navigate("wilayah/64.72", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}

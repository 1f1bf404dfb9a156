package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.leadership.Aspect;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.support.Users;

class IndicatorAdminViewTest extends LeadershipUiTest {

    @AfterEach
    void removeAddedIndicators() {
        LeadershipTestSupport.clean(jdbc, clock);
    }

    @Test
    void an_administrator_adds_an_indicator() {
        var view = navigateAs(Users.admin(), "kepala-daerah/indikator", IndicatorAdminView.class);
        assertThat(test(view.grid).size()).isEqualTo(8);

        test(view.add).click();
        var dialog = $(IndicatorDialog.class).single();
        dialog.aspect.setValue(Aspect.KEMASYARAKATAN);
        test(dialog.name).setValue("Kerukunan umat beragama");
        test(dialog.save).click();

        assertThat(test(view.grid).size()).isEqualTo(9);
    }

    @Test
    void an_indicator_without_a_name_or_order_is_refused_on_its_fields_and_nothing_is_stored() {
        var view = navigateAs(Users.admin(), "kepala-daerah/indikator", IndicatorAdminView.class);
        test(view.add).click();
        var dialog = $(IndicatorDialog.class).single();
        dialog.aspect.setValue(Aspect.KEMASYARAKATAN);
        test(dialog.name).setValue("   ");
        dialog.sortOrder.clear();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("the dialog stays open with what was typed").isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isNotBlank();
        assertThat(dialog.sortOrder.isInvalid()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(8);
    }

    @Test
    void an_evaluator_may_not_open_the_indicator_administration() {
        Users.evaluator();

        navigate("kepala-daerah/indikator", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(IndicatorAdminView.class);
    }
}

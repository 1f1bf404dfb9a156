package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.support.Users;

class HeadAlertsViewTest extends LeadershipUiTest {

    @Autowired
    java.util.List<MenuCount> menuCounts;

    private MenuCount alertCount() {
        return menuCounts.stream().filter(c -> c.path().equals("kepala-daerah/peringatan")).findFirst().orElseThrow();
    }

    private void twoPj() {
        pjInSeruyan();
        Users.evaluator();
        // Term ends 20 Oct 2024; reports due 20 Jan, 20 Apr and 20 Jul 2024 are overdue.
        tenures.appoint("62", LeadershipTestSupport.pjGubernur("Pj Gubernur Kalteng", LocalDate.of(2023, 10, 20)));
    }

    @Test
    void the_alerts_list_terms_ending_soon_and_overdue_reports() {
        twoPj();

        var view = navigateAs(Users.leadership(), "kepala-daerah/peringatan", HeadAlertsView.class);

        assertThat(test(view.terms).size()).isEqualTo(1);
        assertThat(test(view.overdue).size()).isEqualTo(4);
        assertThat(view.termsTitle.getText()).contains("90").contains("(1)");
    }

    @Test
    void the_menu_count_adds_terms_ending_and_overdue_reports() {
        twoPj();
        Users.evaluator();

        assertThat(alertCount().count()).isEqualTo(5);
    }

    @Test
    void provincial_staff_count_only_their_province() {
        twoPj();

        Users.staff("64");
        assertThat(alertCount().count()).isZero();
        Users.staff("62");
        assertThat(alertCount().count()).isEqualTo(5);
    }
}

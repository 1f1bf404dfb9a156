package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.leadership.ApprovalKind;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.Users;

/** The register of the Minister's approvals on screen, and its alert among the heads alerts (issue 19). */
class ApprovalsViewTest extends LeadershipUiTest {

    @Autowired
    MinisterApprovalService approvals;

    @Test
    void controls_on_a_pjs_authority_a_transfer_without_approval_is_recorded_and_shown_as_an_alert() {
        var view = navigateAs(Users.staff("62"), "kepala-daerah/persetujuan?wilayah=62.07", ApprovalsView.class);
        assertThat(PageText.of(view)).contains("22 Mar 2024").contains("22 Sep 2024");

        test(view.add).click();
        var dialog = $(ApprovalDialog.class).single();
        assertThat(dialog.region.getValue().code()).isEqualTo("62.07");
        test(dialog.kind).selectItem("Mutasi pegawai");
        test(dialog.subject).setValue("Mutasi 12 pejabat administrator Dinas PUPR");
        test(dialog.actionOn).setValue(LocalDate.of(2024, 6, 1));
        test(dialog.approvalNumber).setValue("100.2.2.6/1234/OTDA");
        test(dialog.save).click();
        assertThat(dialog.approvedOn.isInvalid()).as("a number without its date").isTrue();
        assertThat(approvals.count("62.07", false)).isZero();

        test(dialog.approvalNumber).setValue("");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(approvals.page("62.07", true, PageRequest.of(0, 10))).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ApprovalKind.STAFF_TRANSFER));
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.summary.getText()).contains("1 catatan").contains("1 mutasi tanpa persetujuan");

        var alerts = navigate("kepala-daerah/peringatan", HeadAlertsView.class);
        assertThat(alerts.transfersTitle.getText()).contains("Mutasi tanpa persetujuan Mendagri").endsWith(": 1");
        assertThat(test(alerts.transfers).size()).isEqualTo(1);
    }
}

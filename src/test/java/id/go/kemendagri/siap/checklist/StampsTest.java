package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.support.Users;

/**
 * The stamps of {@code base.Stamped} as Spring Data's auditing sets them ({@code base.Stamps}): a user's save is
 * stamped with the user and the application clock's time; a status that a source moves is stamped {@code system}
 * although a user is signed in; an evaluator's verdict keeps the region's stamp. Not transactional (derived items
 * follow their source after commit); region 74.01 is reset before each test ({@link DerivedRegionTest}). The demo
 * rows' own actors and backdated times are checked by the demo data tests (e.g. {@code DemoMeetingsTest}).
 */
class StampsTest extends DerivedRegionTest {

    @Test
    void a_users_save_is_stamped_with_the_user_at_the_clocks_time_and_a_verdict_keeps_that_stamp() {
        var item = checklists.regionChecklist(REGION).items().stream().filter(i -> i.derivedFrom() == null)
                .findFirst().orElseThrow();

        var saved = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "selesai",
                "https://sulawesitenggara.go.id/sk.pdf", item.version()));

        assertThat(saved.updatedBy()).isEqualTo("test-staff-74");
        assertThat(saved.updatedAt()).isEqualTo(JULY);

        clock.advance(Duration.ofDays(2));
        Users.evaluator();
        var verified = checklists.verify(saved.id(), saved.version());
        assertThat(verified.verifiedBy()).isEqualTo("test-evaluator");
        assertThat(verified.verifiedAt()).isEqualTo(JULY.plus(Duration.ofDays(2)));
        assertThat(verified.updatedBy()).as("a verdict is no change of the region's answer").isEqualTo("test-staff-74");
        assertThat(verified.updatedAt()).isEqualTo(JULY);
    }

    @Test
    void a_status_moved_by_its_source_is_stamped_system_while_the_user_who_changed_the_source_is_signed_in() {
        clock.advance(Duration.ofHours(5));
        var grant = budget.find(REGION, Recipient.KPU);

        var signed = budget.save(REGION, Recipient.KPU, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES,
                12_000_000_000L, 12_000_000_000L, "NPHD/74/2024", LocalDate.of(2024, 6, 12), 40, grant.version()));

        assertThat(signed.updatedBy()).isEqualTo("test-staff-74");
        var dna03 = item("DNA-03");
        assertThat(dna03.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(dna03.updatedBy()).isEqualTo("system");
        assertThat(dna03.updatedAt()).isEqualTo(JULY.plus(Duration.ofHours(5)));
    }
}

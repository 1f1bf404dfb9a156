package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter.DemoAnswer;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter.DemoCandidate;

class DemoChecklistsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 10, 21);

    static List<DemoCandidate> candidates() {
        var list = new ArrayList<DemoCandidate>();
        var id = 0L;
        for (var province = 11; province <= 20; province++) {
            for (var region = 1; region <= 10; region++) {
                list.add(new DemoCandidate(++id, province + "." + region, Integer.toString(province), "DNA-03",
                        LocalDate.of(2023, 11, 10), true));
                list.add(new DemoCandidate(++id, province + "." + region, Integer.toString(province), "KAM-01",
                        LocalDate.of(2024, 11, 20), true));
            }
        }
        return list;
    }

    @Test
    void the_same_seed_gives_the_same_demo() {
        assertThat(DemoChecklists.generate(candidates(), new Random(2024), TODAY))
                .isEqualTo(DemoChecklists.generate(candidates(), new Random(2024), TODAY));
    }

    @Test
    void nothing_in_the_demo_happens_after_the_demo_day() {
        var endOfToday = TODAY.plusDays(1).atStartOfDay(Formats.WIB).toInstant();
        for (var answer : DemoChecklists.generate(candidates(), new Random(7), TODAY)) {
            assertThat(answer.updatedAt()).isBefore(endOfToday);
            if (answer.verifiedAt() != null) {
                assertThat(answer.verifiedAt()).isBefore(endOfToday);
            }
            if (answer.completedOn() != null) {
                assertThat(answer.completedOn()).isBeforeOrEqualTo(TODAY);
            }
        }
    }

    @Test
    void the_demo_spreads_over_every_state_and_closed_items_carry_evidence() {
        var answers = DemoChecklists.generate(candidates(), new Random(2024), TODAY);
        assertThat(answers).extracting(DemoAnswer::verification)
                .contains("VERIFIED", "WAITING", "RETURNED", "NONE");
        assertThat(answers).filteredOn(a -> a.status().equals("SELESAI")).allSatisfy(a ->
                assertThat(a.link()).startsWith("https://bukti.example/"));
        assertThat(answers).filteredOn(a -> a.verification().equals("RETURNED"))
                .allSatisfy(a -> assertThat(a.returnReason()).isNotBlank());
        var dueItems = answers.stream().filter(a -> a.status().equals("SELESAI")).count();
        assertThat(dueItems).isBetween(40L, 200L);
    }

    @Test
    void demoDerivedItemsTakeTheirStatusFromTheDemoGrantsAndHeadsNotChance() {
        var signedOn = LocalDate.of(2023, 11, 6);
        var list = new ArrayList<DemoCandidate>();
        for (var region = 1; region <= 60; region++) {
            list.add(new DemoCandidate(region, "74." + region, "74", "DNA-03", LocalDate.of(2023, 11, 10), true,
                    DerivedSource.NPHD_KPU));
            list.add(new DemoCandidate(100 + region, "74." + region, "74", "NET-01", LocalDate.of(2024, 7, 17), true,
                    DerivedSource.PJ_RESIGNED));
        }
        var answers = DemoChecklists.generate(list, new Random(2024), TODAY, c -> c.itemCode().equals("NET-01") ? null
                : c.id() % 2 == 0 ? new DerivedRules.Derived(ItemStatus.SELESAI, signedOn, "NPHD KPU: ditandatangani", "", "")
                : new DerivedRules.Derived(ItemStatus.BELUM, null, "NPHD KPU: belum diusulkan", "", ""));

        var dna03 = answers.stream().filter(a -> a.id() < 100).toList();
        assertThat(dna03).as("every signed NPHD, and nothing where the NPHD is not proposed").hasSize(30)
                .allSatisfy(a -> {
                    assertThat(a.id() % 2).isZero();
                    assertThat(a.status()).isEqualTo("SELESAI");
                    assertThat(a.completedOn()).isEqualTo(signedOn);
                    assertThat(a.verification()).isIn("VERIFIED", "WAITING");
                });
        assertThat(answers).filteredOn(a -> a.id() > 100).as("NET-01 is done only where a Pj ran")
                .noneMatch(a -> a.status().equals("SELESAI"));
    }
}

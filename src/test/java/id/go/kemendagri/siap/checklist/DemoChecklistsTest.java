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
}

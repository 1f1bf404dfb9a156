package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The election stages are cycle data (issue 19): the 2024 dates of PKPU 2/2024, and where a day stands. */
@SpringBootTest
class ElectionStagesTest {

    @Autowired
    ElectionStages stages;

    @Test
    void the_2024_stages_are_those_of_pkpu_2_2024_in_order() {
        assertThat(stages.of(2024)).containsExactly(
                stage(ElectionStage.DP4_HANDOVER, "2024-04-24", "2024-05-31"),
                stage(ElectionStage.CANDIDATE_REGISTRATION, "2024-08-27", "2024-08-29"),
                stage(ElectionStage.CANDIDATE_DETERMINATION, "2024-09-22", "2024-09-22"),
                stage(ElectionStage.CAMPAIGN, "2024-09-25", "2024-11-23"),
                stage(ElectionStage.QUIET_DAYS, "2024-11-24", "2024-11-26"),
                stage(ElectionStage.VOTE, "2024-11-27", "2024-11-27"),
                stage(ElectionStage.COUNT_AND_RECAPITULATION, "2024-11-27", "2024-12-16"));
        assertThat(stages.startOf(2024, ElectionStage.VOTE, null)).isEqualTo(LocalDate.of(2024, 11, 27));
    }

    @Test
    void the_current_stage_and_the_next_follow_the_day() {
        var campaign = stages.now(LocalDate.of(2024, 10, 21));
        assertThat(campaign.current()).map(StageDates::stage).contains(ElectionStage.CAMPAIGN);
        assertThat(campaign.next()).map(StageDates::stage).contains(ElectionStage.QUIET_DAYS);

        var voteDay = stages.now(LocalDate.of(2024, 11, 27));
        assertThat(voteDay.current()).map(StageDates::stage).as("the vote, not the count beginning the same day")
                .contains(ElectionStage.VOTE);
        assertThat(voteDay.next()).map(StageDates::stage).contains(ElectionStage.COUNT_AND_RECAPITULATION);

        var between = stages.now(LocalDate.of(2024, 7, 1));
        assertThat(between.current()).isEmpty();
        assertThat(between.next()).map(StageDates::stage).contains(ElectionStage.CANDIDATE_REGISTRATION);

        var counting = stages.now(LocalDate.of(2024, 12, 1));
        assertThat(counting.current()).map(StageDates::stage).contains(ElectionStage.COUNT_AND_RECAPITULATION);
        assertThat(counting.next()).isEmpty();

        var after = stages.now(LocalDate.of(2025, 1, 6));
        assertThat(after.current()).isEmpty();
        assertThat(after.next()).isEmpty();
    }

    private static StageDates stage(ElectionStage stage, String from, String to) {
        return new StageDates(stage, LocalDate.parse(from), LocalDate.parse(to));
    }
}

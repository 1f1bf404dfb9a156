package id.go.kemendagri.siap.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadershipRulesTest {

    private final LeadershipRules rules = new LeadershipRules(LeadershipProperties.defaults());

    @Test
    void a_pj_term_ends_one_year_after_swearing_in() {
        assertThat(rules.defaultTermEnd(HeadStatus.PJ, LocalDate.of(2022, 5, 12))).isEqualTo(LocalDate.of(2023, 5, 12));
    }

    @Test
    void a_term_started_on_29_february_ends_on_28_february() {
        assertThat(LeadershipRules.termEnd(LocalDate.of(2024, 2, 29), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void a_term_crossing_29_february_still_ends_on_the_same_date_a_year_later() {
        assertThat(LeadershipRules.termEnd(LocalDate.of(2023, 3, 1), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(LeadershipRules.termEnd(LocalDate.of(2023, 2, 28), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2024, 2, 28));
    }

    @Test
    void plt_plh_and_pjs_have_no_default_term_end() {
        assertThat(rules.defaultTermEnd(HeadStatus.PLT, LocalDate.of(2024, 1, 1))).isNull();
        assertThat(rules.defaultTermEnd(HeadStatus.PLH, LocalDate.of(2024, 1, 1))).isNull();
        assertThat(rules.defaultTermEnd(HeadStatus.PJS, LocalDate.of(2024, 1, 1))).isNull();
    }

    @Test
    void a_one_year_pj_term_owes_four_reports_every_three_months_from_the_swearing_in_date() {
        var schedule = rules.schedule(LocalDate.of(2022, 5, 12), LocalDate.of(2023, 5, 12));
        assertThat(schedule).extracting(LeadershipRules.Period3::due).containsExactly(LocalDate.of(2022, 8, 12),
                LocalDate.of(2022, 11, 12), LocalDate.of(2023, 2, 12), LocalDate.of(2023, 5, 12));
        assertThat(schedule.getFirst().start()).isEqualTo(LocalDate.of(2022, 5, 12));
        assertThat(schedule.get(1).start()).isEqualTo(LocalDate.of(2022, 8, 12));
    }

    @Test
    void month_end_swearing_in_dates_do_not_drift_from_period_to_period() {
        var schedule = rules.schedule(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 8, 31));
        assertThat(schedule).extracting(LeadershipRules.Period3::due).containsExactly(LocalDate.of(2023, 11, 30),
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 8, 31));
    }

    @ParameterizedTest
    @CsvSource({ "2022-01-01", "2022-05-31", "2023-02-28", "2023-11-30", "2024-02-29", "2023-12-31" })
    void the_schedule_from_any_swearing_in_date_has_one_report_per_three_months_of_the_term(LocalDate swornIn) {
        var end = LeadershipRules.termEnd(swornIn, Period.ofYears(2));
        var schedule = rules.schedule(swornIn, end);
        assertThat(schedule).hasSize(8);
        for (var i = 0; i < schedule.size(); i++) {
            var period = schedule.get(i);
            assertThat(period.number()).isEqualTo(i + 1);
            assertThat(period.due()).isEqualTo(swornIn.plusMonths(3L * (i + 1)));
            assertThat(period.start()).isEqualTo(i == 0 ? swornIn : schedule.get(i - 1).due());
            assertThat(period.due()).isAfter(period.start()).isBeforeOrEqualTo(end);
        }
    }

    @Test
    void no_report_is_owed_before_three_months_have_passed() {
        assertThat(rules.schedule(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30))).isEmpty();
    }

    @Test
    void a_report_is_belum_until_its_due_date_then_terlambat_and_terkirim_once_sent() {
        var due = LocalDate.of(2024, 8, 12);
        assertThat(LeadershipRules.reportStatus(due, null, due)).isEqualTo(ReportStatus.BELUM);
        assertThat(LeadershipRules.reportStatus(due, null, due.plusDays(1))).isEqualTo(ReportStatus.TERLAMBAT);
        assertThat(LeadershipRules.reportStatus(due, due.plusDays(5), due.plusDays(9))).isEqualTo(ReportStatus.TERKIRIM);
    }

    @ParameterizedTest
    @CsvSource({ "28,26,BAIK", "28,24,BAIK", "28,23,CUKUP", "28,18,CUKUP", "28,17,CUKUP", "28,16,KURANG",
            "28,15,KURANG", "8,7,BAIK", "8,5,CUKUP", "8,4,KURANG", "20,17,BAIK", "20,12,CUKUP", "20,11,KURANG",
            "0,0,KURANG" })
    void the_category_follows_the_share_of_indicators_met(int total, int met, EvaluationCategory expected) {
        assertThat(rules.category(met, total)).isEqualTo(expected);
    }

    @Test
    void the_category_cut_offs_are_configuration() {
        var strict = new LeadershipRules(new LeadershipProperties(Period.ofYears(1), Period.ofYears(5), 3, 70, 95, 80,
                60, 80, 90));
        assertThat(strict.category(26, 28)).isEqualTo(EvaluationCategory.CUKUP);
        assertThat(strict.category(20, 28)).isEqualTo(EvaluationCategory.KURANG);
    }

    @ParameterizedTest
    @CsvSource({ "0,MERAH", "59,MERAH", "60,KUNING", "79,KUNING", "80,HIJAU", "100,HIJAU" })
    void neutrality_is_banded_merah_kuning_hijau(int score, NeutralityBand expected) {
        assertThat(rules.band(score)).isEqualTo(expected);
    }

    @Test
    void an_indicator_counts_as_met_from_the_pass_score() {
        assertThat(rules.met(70)).isTrue();
        assertThat(rules.met(69)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "197003152000031002,true", "1970 0315 200003 1 002,true", "19700315200003100,false",
            "1970031520000310021,false", "19701315200003100x,false", "197002302000031002,false",
            "197003152000033002,false", "abcdefghijklmnopqr,false" })
    void a_nip_has_18_digits_a_birth_date_and_a_sex_digit(String nip, boolean valid) {
        assertThat(TenureRules.validNip(nip)).isEqualTo(valid);
    }
}

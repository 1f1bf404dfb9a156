package id.go.kemendagri.siap.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.support.DemoDataTest;

/** Demo fidelity of the meetings, on the same demo-enabled context as DemoLeadershipTest (shared by the cache). */
class DemoMeetingsTest extends DemoDataTest {

    @Test
    void the_funding_meetings_tranche_two_deadline_is_27_june() {
        var meetingDates = jdbc.queryForList("select meeting_date from meeting where meeting_type = 'ASISTENSI_PENDANAAN'"
                + " and demo = true", java.sql.Date.class);
        assertThat(meetingDates).extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2024, 6, 10));
        var deadlines = jdbc.queryForList("select distinct f.deadline from followup_item f join meeting m"
                + " on m.id = f.meeting_id where m.meeting_type = 'ASISTENSI_PENDANAAN' and m.demo = true",
                java.sql.Date.class);
        assertThat(deadlines).extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2024, 6, 27));
    }

    @Test
    void kampar_takes_part_in_the_balikpapan_meeting_as_seed_000_says() {
        var participants = jdbc.queryForList("select r.region_code from meeting_region r join meeting m on m.id = r.meeting_id"
                + " where m.demo = true and m.place like '%Balikpapan%'", String.class);
        assertThat(participants).contains("14.01", "64", "62", "65");
    }

    @Test
    void the_kesbangpol_meeting_of_seed_002_is_a_renstra_planning_meeting_on_19_november() {
        var rows = jdbc.queryForList("select meeting_type, meeting_date from meeting where demo = true and place like '%Luwansa%'");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("meeting_type")).isEqualTo(MeetingType.RAKOR_PERENCANAAN.name());
        assertThat(((java.sql.Date) rows.getFirst().get("meeting_date")).toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 19));
        var followUps = jdbc.queryForObject("select count(*) from followup_item f join meeting m on m.id = f.meeting_id"
                + " where m.demo = true and m.place like '%Luwansa%'", Long.class);
        assertThat(followUps).as("a meeting still ahead of the demo calendar has no follow-up yet").isZero();
    }

    @Test
    void the_demo_rows_keep_their_own_actors_and_backdated_stamps() {
        assertThat(count("select count(*) from meeting where demo = true")).isPositive();
        assertThat(count("select count(*) from meeting where demo = true and (created_by <> 'demo' or updated_by <> 'demo'"
                + " or created_at <> updated_at)")).isZero();
        var funding = jdbc.queryForObject("select created_at from meeting where demo = true"
                + " and meeting_type = 'ASISTENSI_PENDANAAN'", java.sql.Timestamp.class).toInstant();
        assertThat(funding).as("10:00 WIB on the meeting's day").isEqualTo(java.time.Instant.parse("2024-06-10T03:00:00Z"));
        assertThat(count("select count(*) from followup_item where demo = true and status = 'SELESAI'"
                + " and (updated_by <> 'evaluator' or updated_at <> closed_at)")).isZero();
        assertThat(count("select count(*) from followup_item where demo = true and status = 'SELESAI'")).isPositive();
        assertThat(count("select count(*) from followup_item where demo = true and updated_by like 'demo-%'")).isPositive();
    }
}

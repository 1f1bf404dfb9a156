package id.go.kemendagri.siap.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.support.DemoContextTest;

/** Demo fidelity of the meetings, on the same demo-enabled context as DemoLeadershipTest (shared by the cache). */
@DemoContextTest
class DemoMeetingsTest {

    @Autowired
    DemoMode demoMode;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_funding_meetings_tranche_two_deadline_is_27_june() {
        assumeTrue(demoMode.active(), "demo data exists on the embedded H2 only");

        var meetingDates = jdbc.queryForList("select meeting_date from meeting where meeting_type = 'ASISTENSI_PENDANAAN'"
                + " and demo = true", java.sql.Date.class);
        assertThat(meetingDates).extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2024, 6, 10));
        var deadlines = jdbc.queryForList("select distinct f.deadline from followup_item f join meeting m"
                + " on m.id = f.meeting_id where m.meeting_type = 'ASISTENSI_PENDANAAN' and m.demo = true",
                java.sql.Date.class);
        assertThat(deadlines).extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2024, 6, 27));
    }
}

package id.go.kemendagri.siap.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.base.DemoMode;

/** Demo fidelity of the meetings, on the same demo-enabled context as DemoLeadershipTest (shared by the cache). */
@SpringBootTest(properties = { "siap.demo.enabled=true",
        "spring.datasource.url=${SIAP_TEST_DB_URL:jdbc:h2:mem:siap-demo-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}" })
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

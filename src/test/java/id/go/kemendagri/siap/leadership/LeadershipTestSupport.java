package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** A movable clock for the leadership tests, and the clean-up between them. */
@TestConfiguration(proxyBeanMethods = false)
public class LeadershipTestSupport {

    /** 1 October 2024: before the vote of 27 November 2024. */
    public static final LocalDate TODAY = LocalDate.of(2024, 10, 1);

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(TODAY);
    }

    /** Removes every tenure, report, evaluation and approval entry, and the indicators tests added. */
    public static void clean(JdbcTemplate jdbc, MutableClock clock) {
        jdbc.update("delete from minister_approval");
        jdbc.update("delete from pj_evaluation_score");
        jdbc.update("delete from pj_evaluation");
        jdbc.update("delete from pj_report");
        jdbc.update("delete from head_tenure");
        jdbc.update("delete from evaluation_indicator where sort_order >= 1000");
        clock.setToday(TODAY);
    }

    /** A Pj bupati as the appointment form would submit it. */
    public static AppointmentDraft pjBupati(String name, LocalDate swornIn) {
        return new AppointmentDraft(HeadStatus.PJ, name, "197003152000031002", "Kepala Dinas", "Pemprov Kalteng",
                Echelon.JPT_PRATAMA, LegalBasis.KEPMENDAGRI, "100.2.1.3-1234 Tahun 2023", swornIn, null, null, null);
    }

    public static AppointmentDraft pjGubernur(String name, LocalDate swornIn) {
        return new AppointmentDraft(HeadStatus.PJ, name, "196805121990031001", "Staf Ahli Menteri", "Kemendagri",
                Echelon.JPT_MADYA, LegalBasis.KEPPRES, "Keppres 50/P Tahun 2023", swornIn, null, null, null);
    }

    public static AppointmentDraft replacing(AppointmentDraft draft, EndReason reason, Long previousVersion) {
        return new AppointmentDraft(draft.status(), draft.personName(), draft.nip(), draft.originPosition(),
                draft.originInstitution(), draft.echelon(), draft.legalBasis(), draft.decreeNumber(), draft.swornInOn(),
                draft.termEndsOn(), reason, previousVersion);
    }

    /** An elected bupati as the appointment form would submit it (sworn in 2021, five-year term). */
    public static AppointmentDraft electedBupati(String name) {
        return new AppointmentDraft(HeadStatus.DEFINITIF, name, null, null, null, null, LegalBasis.KEPMENDAGRI,
                "131.62-456 Tahun 2021", LocalDate.of(2021, 2, 26), null, null, null);
    }

    /** The Pjs designated for an elected head's campaign leave, as the leave form would submit it. */
    public static CampaignLeaveDraft pjsForTheCampaign(String name, long version) {
        return new CampaignLeaveDraft(name, "19700315 200003 1 002", "Staf Ahli Gubernur Kalimantan Tengah",
                "100.2.1.3-4567 Tahun 2024", LocalDate.of(2024, 9, 20), version);
    }
}

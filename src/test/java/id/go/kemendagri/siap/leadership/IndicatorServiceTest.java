package id.go.kemendagri.siap.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

class IndicatorServiceTest extends LeadershipServiceTest {

    @Autowired
    IndicatorService service;

    @BeforeEach
    void signInAsAdministrator() {
        Users.admin();
    }

    @AfterEach
    void cleanAfter() {
        LeadershipTestSupport.clean(jdbc, clock);
    }

    @Test
    void the_known_indicators_are_seeded_in_three_aspects() {
        assertThat(service.active()).hasSize(8).extracting(IndicatorDetails::aspect).containsOnly(Aspect.PEMERINTAHAN,
                Aspect.PEMBANGUNAN, Aspect.KEMASYARAKATAN);
    }

    @Test
    void an_administrator_adds_an_indicator_that_new_evaluations_score() {
        service.save(null, new IndicatorDraft(Aspect.KEMASYARAKATAN, "Kerukunan umat beragama", 1000, true, null));

        assertThat(service.active()).hasSize(9).extracting(IndicatorDetails::name).contains("Kerukunan umat beragama");
    }

    @Test
    void a_deactivated_indicator_stays_in_the_list_but_is_no_longer_scored() {
        var added = service.save(null, new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi daerah", 1000, true, null));
        service.save(added.id(), new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi daerah", 1000, false, added.version()));

        assertThat(service.active()).extracting(IndicatorDetails::name).doesNotContain("Investasi daerah");
        assertThat(service.all()).extracting(IndicatorDetails::name).contains("Investasi daerah");
    }

    @Test
    void a_duplicate_or_empty_name_is_refused() {
        assertThatThrownBy(() -> service.save(null, new IndicatorDraft(Aspect.PEMBANGUNAN, "penanggulangan kemiskinan",
                1000, true, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "leadership.error.indicator-duplicate"));
        assertThatThrownBy(() -> service.save(null, new IndicatorDraft(null, " ", 1000, true, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("name", "aspect"));
    }

    @Test
    void a_change_on_a_stale_version_is_refused() {
        var added = service.save(null, new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi daerah", 1000, true, null));
        service.save(added.id(), new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi dan perizinan", 1000, true,
                added.version()));

        assertThatThrownBy(() -> service.save(added.id(), new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi", 1000, true,
                added.version()))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void evaluators_may_not_edit_indicators() {
        Users.evaluator();

        assertThatThrownBy(() -> service.save(null, new IndicatorDraft(Aspect.PEMBANGUNAN, "Investasi daerah", 1000,
                true, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.all()).hasSize(8);
    }
}

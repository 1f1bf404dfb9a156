package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

@SpringBootTest
class RegionServiceTest {

    @Autowired
    RegionService regions;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void a_page_of_regions_is_one_statement_and_its_count_another() {
        Users.evaluator();
        var statements = new Statements(entityManagerFactory);

        assertThat(statements.countWhile(() -> regions.page(RegionFilter.ALL, PageRequest.of(0, 50)))).isLessThanOrEqualTo(2);
        assertThat(statements.countWhile(() -> regions.page(RegionFilter.ALL, PageRequest.of(10, 50, Sort.by(Sort.Direction.DESC, "name"))))).isLessThanOrEqualTo(2);
        assertThat(statements.countWhile(() -> regions.count(RegionFilter.ALL))).isLessThanOrEqualTo(2);
    }

    @Test
    void pages_are_sorted_by_code_and_carry_province_and_pilkada() {
        Users.evaluator();

        var page = regions.page(RegionFilter.ALL.withProvince("62"), PageRequest.of(0, 3));

        assertThat(page).extracting(RegionRow::code).containsExactly("62", "62.01", "62.02");
        assertThat(page).allSatisfy(row -> assertThat(row.holdsPilkada()).isTrue());
    }

    @Test
    void search_finds_by_name_or_code() {
        Users.evaluator();

        assertThat(regions.count(new RegionFilter(null, null, null, "palangka"))).isEqualTo(1);
        assertThat(regions.count(new RegionFilter(null, null, null, "62.7"))).isEqualTo(1);
    }

    @Test
    void provincial_staff_see_only_their_province_whatever_the_filter_asks() {
        Users.staff("62");

        assertThat(regions.count(RegionFilter.ALL)).isEqualTo(15);
        assertThat(regions.count(RegionFilter.ALL.withProvince("64"))).isZero();
        assertThat(regions.page(RegionFilter.ALL.withProvince("64"), PageRequest.of(0, 100))).isEmpty();
        assertThat(regions.visibleProvinces()).extracting(p -> p.code()).containsExactly("62");
    }

    @Test
    void provincial_staff_cannot_open_another_province() {
        Users.staff("62");

        assertThat(regions.findDetails("64.72")).isEmpty();
        assertThatThrownBy(() -> regions.details("64.72")).isInstanceOf(AccessDeniedException.class);
        assertThat(regions.findDetails("62.71")).isPresent();
    }

    @Test
    void reading_requires_a_signed_in_user() {
        assertThatThrownBy(() -> regions.details("62")).isInstanceOf(RuntimeException.class);
    }
}

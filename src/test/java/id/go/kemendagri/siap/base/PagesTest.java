package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

class PagesTest {

    private static final Map<String, Function<Sort.Direction, Sort>> SORTS = Map.of(
            "name", direction -> Sort.by(direction, "name").and(Sort.by("code")));

    @Test
    void a_grid_query_becomes_the_page_that_starts_at_its_offset() {
        var page = VaadinSpringDataHelpers.toSpringPageRequest(
                new Query<>(100, 50, QuerySortOrder.desc("name").build(), null, null));

        assertThat(page.getPageNumber()).isEqualTo(2);
        assertThat(page.getOffset()).isEqualTo(100);
        assertThat(page.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "name"));
    }

    @Test
    void an_offset_off_the_page_grid_still_starts_the_page_there() {
        // Vaadin's Query grows the page size until the offset is a multiple of it.
        var page = VaadinSpringDataHelpers.toSpringPageRequest(new Query<>(30, 20, List.of(), null, null));

        assertThat(page.getOffset()).isEqualTo(30);
        assertThat(page.getPageSize()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void a_fixed_order_drops_the_callers_sort() {
        var page = Pages.in(PageRequest.of(3, 25, Sort.by("anything")), Sort.by("code"));

        assertThat(page.getOffset()).isEqualTo(75);
        assertThat(page.getSort()).isEqualTo(Sort.by("code"));
    }

    @Test
    void an_allowed_property_becomes_the_services_sort_and_any_other_is_ignored() {
        assertThat(Pages.sorted(PageRequest.of(1, 10, Sort.by(Sort.Direction.DESC, "name")), SORTS, Sort.by("code"))
                .getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "name").and(Sort.by("code")));
        assertThat(Pages.sorted(PageRequest.of(1, 10, Sort.by("name) or (1=1")), SORTS, Sort.by("code")).getSort())
                .isEqualTo(Sort.by("code"));
        assertThat(Pages.sorted(PageRequest.of(1, 10), SORTS, Sort.by("code")).getSort()).isEqualTo(Sort.by("code"));
    }
}

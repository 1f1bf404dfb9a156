package id.go.kemendagri.siap.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.Users;

@SpringBootTest
class ActivityServiceTest {

    @Autowired
    ActivityService activity;
    @Autowired
    DeskContactService contacts;
    @Autowired
    UserService users;

    String name;

    @BeforeEach
    void changesInTwoProvincesAndAUser() {
        name = "Aktif " + UUID.randomUUID().toString().substring(0, 8);
        Users.evaluator();
        save("62.09");
        save("64.03");
        Users.admin();
        users.create(new UserDraft("aktif." + name.substring(6), "Pengguna " + name, Role.LEADERSHIP, null, true,
                "Rahasia-123456", "id", null));
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    private void save(String region) {
        var version = contacts.find(region).map(DeskContactDetails::version).orElse(null);
        contacts.save(region, new DeskContactDraft(name, "Kabid", "Kesbangpol", "0812 3456 7890", "a@example.go.id", version));
    }

    private boolean shows(String region) {
        return activity.page(null, null, PageRequest.of(0, 200)).stream()
                .anyMatch(row -> region.equals(row.regionCode())
                        && row.changes().stream().anyMatch(change -> name.equals(change.newValue())));
    }

    @Test
    void the_ministry_sees_the_whole_country_newest_first_with_region_names() {
        Users.evaluator();

        var rows = activity.page(null, null, PageRequest.of(0, 50));

        assertThat(shows("62.09")).isTrue();
        assertThat(shows("64.03")).isTrue();
        assertThat(rows).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
        assertThat(rows.stream().filter(row -> "62.09".equals(row.regionCode())).findFirst().orElseThrow().regionName())
                .isEqualTo("Kabupaten Lamandau");
    }

    @Test
    void provincial_staff_see_only_their_province() {
        Users.staff("62");

        assertThat(shows("62.09")).isTrue();
        assertThat(shows("64.03")).isFalse();
        assertThat(activity.page(null, "64", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void changes_to_user_accounts_are_for_administrators_only() {
        Users.leadership();
        assertThat(activity.entityTypes()).doesNotContain("user", "api-token", "notification-setting");
        assertThat(activity.page("notification-setting", null, PageRequest.of(0, 10))).isEmpty();
        assertThat(activity.page("user", null, PageRequest.of(0, 10))).isEmpty();

        Users.admin();
        assertThat(activity.entityTypes()).contains("user", "desk-contact");
        assertThat(activity.page("user", null, PageRequest.of(0, 10))).isNotEmpty();
    }

    @Test
    void the_feed_filters_by_kind_and_province() {
        Users.evaluator();

        assertThat(activity.page("desk-contact", "64", PageRequest.of(0, 100))).allSatisfy(row -> {
            assertThat(row.entityType()).isEqualTo("desk-contact");
            assertThat(row.regionCode()).startsWith("64");
        });
        assertThat(activity.count("desk-contact", "64")).isPositive();
    }
}

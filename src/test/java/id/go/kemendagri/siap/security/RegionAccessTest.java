package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.support.Users;

class RegionAccessTest {

    private final RegionAccess access = new RegionAccess();

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    /** Role (and province) by region: may read, may write. */
    @ParameterizedTest(name = "{0} {1} on {2}: read {3}, write {4}")
    @CsvSource(nullValues = "-", value = {
            "ADMIN,            -,  62,    true,  true",
            "ADMIN,            -,  62.07, true,  true",
            "ADMIN,            -,  64.01, true,  true",
            "ADMIN,            -,  11,    true,  true",
            "EVALUATOR,        -,  62,    true,  true",
            "EVALUATOR,        -,  62.07, true,  true",
            "EVALUATOR,        -,  64.01, true,  true",
            "EVALUATOR,        -,  11,    true,  true",
            "PROVINCIAL_STAFF, 62, 62,    true,  true",
            "PROVINCIAL_STAFF, 62, 62.07, true,  true",
            "PROVINCIAL_STAFF, 62, 62.71, true,  true",
            "PROVINCIAL_STAFF, 62, 64,    false, false",
            "PROVINCIAL_STAFF, 62, 64.01, false, false",
            "PROVINCIAL_STAFF, 62, 6,     false, false",
            "PROVINCIAL_STAFF, 62, 621,   false, false",
            "PROVINCIAL_STAFF, 62, 11.62, false, false",
            "PROVINCIAL_STAFF, 64, 64.01, true,  true",
            "PROVINCIAL_STAFF, 64, 62.07, false, false",
            "LEADERSHIP,       -,  62,    true,  false",
            "LEADERSHIP,       -,  62.07, true,  false",
            "LEADERSHIP,       -,  64.01, true,  false",
            "LEADERSHIP,       -,  11,    true,  false",
            // A read-API token issued for a province reads as leadership confined to it.
            "LEADERSHIP,       62, 62,    true,  false",
            "LEADERSHIP,       62, 62.07, true,  false",
            "LEADERSHIP,       62, 64,    false, false",
            "LEADERSHIP,       62, 64.01, false, false" })
    void each_role_reads_and_writes_only_where_it_may(Role role, String province, String region, boolean read,
            boolean write) {
        Users.signIn("pengguna", role, province);

        assertThat(access.canRead(region)).isEqualTo(read);
        assertThat(access.canWrite(region)).isEqualTo(write);
        if (write) {
            access.requireWrite(region);
        } else {
            assertThatThrownBy(() -> access.requireWrite(region)).isInstanceOf(AccessDeniedException.class);
        }
        if (read) {
            access.requireRead(region);
        } else {
            assertThatThrownBy(() -> access.requireRead(region)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void provincial_staff_are_scoped_to_their_province_and_everyone_else_to_none() {
        Users.staff("62");
        assertThat(access.provinceScope()).contains("62");

        Users.evaluator();
        assertThat(access.provinceScope()).isEmpty();

        Users.leadership();
        assertThat(access.provinceScope()).isEmpty();

        Users.signIn("api:siap_abcdefg", Role.LEADERSHIP, "64");
        assertThat(access.provinceScope()).contains("64");
    }

    @Test
    void a_read_across_regions_is_confined_to_the_callers_province() {
        Users.signIn("api:siap_abcdefg", Role.LEADERSHIP, "62");
        assertThat(access.readableProvince(null)).isEqualTo("62");
        assertThat(access.readableProvince("62")).isEqualTo("62");
        assertThat(access.readableProvince("64")).isEqualTo("--");

        Users.leadership();
        assertThat(access.readableProvince(null)).isNull();
        assertThat(access.readableProvince("64")).isEqualTo("64");

        Users.signOut();
        assertThatThrownBy(() -> access.readableProvince(null)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = { "ADMIN, -, true", "EVALUATOR, -, true", "PROVINCIAL_STAFF, 62, false",
            "LEADERSHIP, -, false" })
    void only_administrators_and_evaluators_count_as_the_ministry(Role role, String province, boolean ministry) {
        Users.signIn("pengguna", role, province);

        assertThat(access.isMinistry()).isEqualTo(ministry);
        if (ministry) {
            access.requireMinistry();
        } else {
            assertThatThrownBy(access::requireMinistry).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void provincial_staff_without_a_province_reach_nothing() {
        Users.signIn("tanpa-provinsi", Role.PROVINCIAL_STAFF, null);

        assertThat(access.canRead("62")).isFalse();
        assertThat(access.canWrite("62.07")).isFalse();
    }

    @Test
    void nobody_signed_in_reads_or_writes_nothing() {
        assertThat(access.canRead("62")).isFalse();
        assertThat(access.canWrite("62")).isFalse();
        assertThatThrownBy(access::currentUser).isInstanceOf(AccessDeniedException.class);
    }
}

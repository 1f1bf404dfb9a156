package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.Users;

/** Reading a whole list page by page, and again only what changed: cursors, page size, updatedSince, ETag. */
class ReadApiSyncTest extends ApiServerTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    BudgetService budgets;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    String token;

    @BeforeEach
    void aTokenAfterEveryRecordedChange() {
        // After every change other tests (or earlier runs on the same database) recorded, so that "changed
        // since" sees this test's changes only.
        var latest = MutableClock.START;
        for (var table : List.of("checklist_item", "nphd_grant", "region")) {
            var at = jdbc.queryForObject("select max(changed_at) from " + table, java.time.LocalDateTime.class);
            if (at != null && at.toInstant(java.time.ZoneOffset.UTC).isAfter(latest)) {
                latest = at.toInstant(java.time.ZoneOffset.UTC);
            }
        }
        clock.set(latest.plus(Duration.ofHours(1)));
        token = ApiCaller.issue(tokens, inAMonth(), null);
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void pages_follow_the_cursor_in_code_order_without_repeats_or_gaps() {
        var codes = walk("/api/v1/regions?limit=200", "code");

        assertThat(codes).hasSize(552).doesNotHaveDuplicates().isSorted().startsWith("11", "11.01");
        var grants = walk("/api/v1/grants?limit=500&provinsi=62", "id");
        assertThat(grants).hasSize(14 * 4 + 4).doesNotHaveDuplicates();
        assertThat(grants.stream().map(Long::parseLong).toList()).isSorted();
    }

    @Test
    void the_page_size_is_capped_and_must_be_positive() {
        var answer = api.get("/api/v1/regions?limit=100000", token);

        assertThat(answer.items()).hasSize(500);
        assertThat(answer.json().get("nextCursor").isNull()).isFalse();
        assertThat(api.get("/api/v1/regions", token).items()).hasSize(100);
        assertThat(api.get("/api/v1/regions?limit=0", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/grants?cursor=" + api.get("/api/v1/regions?limit=1", token).json()
                .get("nextCursor").asString(), token).status()).isEqualTo(400);
    }

    @Test
    void updated_since_returns_only_what_changed_after_the_moment() {
        var before = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        var changedAt = clock.instant();
        Users.staff("62");
        var item = checklists.regionChecklist(ApiData.SERUYAN).items().getFirst();
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, "Sedang disusun", null, item.version()));
        var grant = budgets.find(ApiData.SERUYAN, Recipient.BAWASLU);
        budgets.save(ApiData.SERUYAN, Recipient.BAWASLU, new GrantDraft(SigningStage.RATIONALISING, Scheme.TRANCHES,
                2_500_000_000L, null, null, null, 40, grant.version()));
        Users.signOut();
        clock.advance(Duration.ofMinutes(5));
        var since = "?updatedSince=" + before;

        var regions = api.get("/api/v1/readiness/regions" + since, token);
        assertThat(regions.each("code")).containsExactly(ApiData.SERUYAN);
        assertThat(Instant.parse(regions.items().getFirst().get("updatedAt").asString())).isEqualTo(changedAt);
        assertThat(api.get("/api/v1/readiness/provinces" + since, token).each("code")).containsExactly("62");
        assertThat(api.get("/api/v1/grants" + since, token).each("recipient")).containsExactly("BAWASLU");
        assertThat(api.get("/api/v1/regions" + since, token).items()).isEmpty();
        assertThat(api.get("/api/v1/readiness/regions?updatedSince=" + clock.instant(), token).items()).isEmpty();
    }

    @Test
    void a_verification_counts_as_a_change_of_readiness() {
        Users.staff("62");
        var item = checklists.regionChecklist("62.71").items().getFirst();
        var reported = checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "Sudah",
                "https://jdih.palangkaraya.go.id/sk-desk-pilkada.pdf", item.version()));
        clock.advance(Duration.ofHours(1));
        var since = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        Users.evaluator();
        checklists.verify(reported.id(), reported.version());
        Users.signOut();

        var answer = api.get("/api/v1/readiness/regions?provinsi=62&updatedSince=" + since, token);

        assertThat(answer.each("code")).containsExactly("62.71");
        assertThat(answer.items().getFirst().get("total").get("verified").asInt()).isPositive();
    }

    @Test
    void an_unchanged_answer_is_not_sent_again_when_the_client_names_its_etag() {
        var first = api.get("/api/v1/readiness/provinces?provinsi=62", token);
        var etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");

        var again = api.get("/api/v1/readiness/provinces?provinsi=62", token, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        Users.staff("62");
        var item = checklists.regionChecklist("62.01").items().getFirst();
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.TIDAK_BERLAKU, "Tidak ada Pj", null,
                item.version()));
        Users.signOut();
        var changed = api.get("/api/v1/readiness/provinces?provinsi=62", token, "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    /** Every value of {@code field} over all pages of a list, following nextCursor. */
    private List<String> walk(String path, String field) {
        var values = new ArrayList<String>();
        String cursor = null;
        do {
            var answer = api.get(path + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(answer.status()).isEqualTo(200);
            values.addAll(answer.each(field));
            var next = answer.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);
        return values;
    }
}

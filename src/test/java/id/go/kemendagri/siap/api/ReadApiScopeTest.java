package id.go.kemendagri.siap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.security.ApiScope;

/** What a token may see: a province token only its province, personal scores only with their scope. */
class ReadApiScopeTest extends ApiServerTest {

    static final List<String> LISTS = List.of("/api/v1/regions", "/api/v1/readiness/provinces",
            "/api/v1/readiness/regions", "/api/v1/heads", "/api/v1/pj-reports", "/api/v1/grants", "/api/v1/follow-ups");

    @Autowired
    ApiData data;
    LocalDate today;

    @BeforeEach
    void twoProvincesWithData() {
        today = today();
        data.headsReportsAndFollowUps(today);
    }

    @Test
    void a_province_token_never_sees_another_province() {
        var token = ApiCaller.issue(tokens, today.plusDays(30), "62");

        eachList("?limit=500", token, 200, (path, answer) -> assertThat(answer.items()).as(path).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("provinceCode").asString()).as(path).isEqualTo("62")));
        assertThat(api.get("/api/v1/regions?limit=500", token).each("code")).hasSize(15).contains("62", "62.07", "62.71");
    }

    @Test
    void a_province_token_naming_another_province_or_region_is_refused_with_403() {
        var token = ApiCaller.issue(tokens, today.plusDays(30), "62");

        eachList("?provinsi=64", token, 403, (path, answer) -> assertThat(answer.json().get("detail").asString())
                .as(path).contains("province 62 only"));
        for (var path : List.of("/api/v1/heads", "/api/v1/pj-reports", "/api/v1/grants", "/api/v1/follow-ups")) {
            assertThat(api.get(path + "?region=" + ApiData.PASER, token).status()).as(path).isEqualTo(403);
            assertThat(api.get(path + "?region=" + ApiData.SERUYAN, token).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_national_token_sees_every_province_and_filters_like_the_screens() {
        var token = ApiCaller.issue(tokens, today.plusDays(30), null);

        assertThat(api.get("/api/v1/heads?active=true", token).each("regionCode"))
                .containsExactly(ApiData.SERUYAN, ApiData.PASER);
        assertThat(api.get("/api/v1/follow-ups?provinsi=64", token).each("regionCode")).containsOnly(ApiData.PASER);
        assertThat(api.get("/api/v1/readiness/provinces", token).each("code")).hasSize(38).contains("62", "64");
        assertThat(api.get("/api/v1/regions?provinsi=62&tingkat=KOTA", token).each("code")).containsExactly("62.71");
        assertThat(api.get("/api/v1/regions?provinsi=34&pilkada=tidak", token).each("code")).containsExactly("34");
        assertThat(api.get("/api/v1/grants?region=62.07&penerima=KPU", token).each("recipient")).containsExactly("KPU");
    }

    @Test
    void personal_scores_come_only_with_the_pj_scores_scope() {
        var plain = ApiCaller.issue(tokens, today.plusDays(30), null, ApiScope.HEADS, ApiScope.PJ_REPORTS);
        var scores = ApiCaller.issue(tokens, today.plusDays(30), null, ApiScope.HEADS, ApiScope.PJ_REPORTS,
                ApiScope.PJ_SCORES);

        var withoutScores = evaluated(api.get("/api/v1/pj-reports?region=" + ApiData.SERUYAN, plain));
        assertThat(withoutScores.get("category").asString()).isEqualTo("BAIK");
        assertThat(withoutScores.get("scores").isNull()).isTrue();
        assertThat(api.get("/api/v1/heads?region=" + ApiData.SERUYAN, plain).items().getFirst()
                .get("lastNeutralityBand").isNull()).isTrue();
        assertThat(api.get("/api/v1/heads?netralitas=HIJAU", plain).status()).isEqualTo(403);

        var withScores = evaluated(api.get("/api/v1/pj-reports?region=" + ApiData.SERUYAN, scores));
        assertThat(withScores.get("scores").get("neutralityScore").asInt()).isEqualTo(85);
        assertThat(withScores.get("scores").get("recommendation").asString()).isEqualTo("DILANJUTKAN");
        assertThat(withScores.get("scores").get("indicators").size()).isPositive();
        assertThat(api.get("/api/v1/heads?netralitas=HIJAU", scores).each("regionCode"))
                .containsExactly(ApiData.SERUYAN);
    }

    /** Asks every list with {@code query}: each answers with {@code status}, and {@code then} checks the answer. */
    private void eachList(String query, String token, int status,
            java.util.function.BiConsumer<String, ApiCaller.Answer> then) {
        for (var path : LISTS) {
            var answer = api.get(path + query, token);
            assertThat(answer.status()).as(path).isEqualTo(status);
            then.accept(path, answer);
        }
    }

    private static tools.jackson.databind.JsonNode evaluated(ApiCaller.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.items().stream().filter(r -> !r.get("evaluation").isNull()).findFirst().orElseThrow()
                .get("evaluation");
    }
}

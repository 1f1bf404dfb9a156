package id.go.kemendagri.siap.leadership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Formats;

/**
 * The heads of region and the evaluations as facts for another feature's derived data (the checklist's NET items,
 * issue 19), without a user's access check, for work the system does after a change was committed or at start.
 * Nothing here writes; screens keep using the leadership services.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HeadFacts {

    /**
     * One tenure as the derived items need it; the campaign-leave fields are null without a leave, and
     * {@code leaveDecreeDate} (the Pjs's Kepmendagri) also for a leave recorded before V95.
     */
    public record TenureFact(long id, String regionCode, HeadStatus status, String personName, LocalDate swornInOn,
            LocalDate endedOn, EndReason endReason, boolean active, LocalDate leaveStartsOn, LocalDate leaveEndsOn,
            String leavePjsName, String leaveDecreeNumber, LocalDate leaveDecreeDate) {
    }

    /** One evaluation of a quarterly report: the ASN neutrality score and its band, and the day it was recorded. */
    public record EvaluationFact(long id, long tenureId, String regionCode, int neutralityScore, NeutralityBand band,
            LocalDate recordedOn) {
    }

    /** A region's tenures (newest first) and evaluations (latest first). */
    public record RegionHeads(List<TenureFact> tenures, List<EvaluationFact> evaluations) {
        public static final RegionHeads NONE = new RegionHeads(List.of(), List.of());
    }

    private static final String TENURES = """
            select id, region_code, status, person_name, sworn_in_on, ended_on, end_reason, active_region_code,
                   leave_starts_on, leave_ends_on, leave_pjs_name, leave_decree_number,
                   leave_decree_date
            from head_tenure
            """;
    private static final String EVALUATIONS = """
            select id, tenure_id, region_code, neutrality_score, neutrality_band, updated_at from pj_evaluation
            """;

    private final JdbcTemplate jdbc;

    @Transactional(readOnly = true)
    public RegionHeads ofRegion(String regionCode) {
        return new RegionHeads(
                jdbc.query(TENURES + " where region_code = ? order by sworn_in_on desc, id desc", this::tenure, regionCode),
                jdbc.query(EVALUATIONS + " where region_code = ? order by updated_at desc, id desc", this::evaluation,
                        regionCode));
    }

    /** Every region's heads, by region code: two statements for all of them. */
    @Transactional(readOnly = true)
    public Map<String, RegionHeads> ofAllRegions() {
        var tenures = new HashMap<String, List<TenureFact>>();
        jdbc.query(TENURES + " order by sworn_in_on desc, id desc", this::tenure)
                .forEach(t -> tenures.computeIfAbsent(t.regionCode(), k -> new ArrayList<>()).add(t));
        var evaluations = new HashMap<String, List<EvaluationFact>>();
        jdbc.query(EVALUATIONS + " order by updated_at desc, id desc", this::evaluation)
                .forEach(e -> evaluations.computeIfAbsent(e.regionCode(), k -> new ArrayList<>()).add(e));
        var result = new HashMap<String, RegionHeads>();
        tenures.forEach((region, list) -> result.put(region,
                new RegionHeads(list, evaluations.getOrDefault(region, List.of()))));
        evaluations.forEach((region, list) -> result.putIfAbsent(region, new RegionHeads(List.of(), list)));
        return result;
    }

    private TenureFact tenure(ResultSet rs, int row) throws SQLException {
        var reason = rs.getString("end_reason");
        return new TenureFact(rs.getLong("id"), rs.getString("region_code"), HeadStatus.valueOf(rs.getString("status")),
                rs.getString("person_name"), date(rs, "sworn_in_on"), date(rs, "ended_on"),
                reason == null ? null : EndReason.valueOf(reason), rs.getString("active_region_code") != null,
                date(rs, "leave_starts_on"), date(rs, "leave_ends_on"), rs.getString("leave_pjs_name"),
                rs.getString("leave_decree_number"), date(rs, "leave_decree_date"));
    }

    private EvaluationFact evaluation(ResultSet rs, int row) throws SQLException {
        return new EvaluationFact(rs.getLong("id"), rs.getLong("tenure_id"), rs.getString("region_code"),
                rs.getInt("neutrality_score"), NeutralityBand.valueOf(rs.getString("neutrality_band")),
                day(rs.getTimestamp("updated_at", utc())));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Times are stored in UTC (hibernate.jdbc.time_zone). */
    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    private static LocalDate day(java.sql.Timestamp at) {
        return at == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(at.getTime()), Formats.WIB);
    }
}

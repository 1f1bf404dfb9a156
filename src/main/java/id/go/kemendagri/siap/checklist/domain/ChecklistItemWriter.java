package id.go.kemendagri.siap.checklist.domain;

import id.go.kemendagri.siap.checklist.DerivedSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Set-based writes over many items at once (publishing a template version touches every region), in
 * plain SQL batches instead of one entity at a time. These bypass Spring Data's auditing listener (which stamps
 * {@code base.Stamped} rows at flush): the demo answers write their own stamps (backdated, by {@code demo}), removing
 * them clears the stamps, the other statements leave the stamps as they are. Kept in JDBC for speed.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChecklistItemWriter {

    /** A template item applies to a region when its level is one the item is for. */
    private static final String APPLIES = """
            t.template_id = ? and t.code = i.item_code
            and ((i.region_level = 'PROVINSI' and t.for_province)
              or (i.region_level = 'KABUPATEN' and t.for_kabupaten)
              or (i.region_level = 'KOTA' and t.for_kota))
            """;

    private final JdbcTemplate jdbc;

    public record NewItem(long cycleId, String regionCode, String provinceCode, String regionLevel, String itemCode,
            long templateItemId) {
    }

    /**
     * Points every item still in the template at its item in that version and un-retires it; retires
     * the others. Answers stay as they are.
     *
     * @return how many items were retired
     */
    public int relinkAndRetire(long cycleId, long templateId, Instant now) {
        // Stamp first the items this moves (another template item, or back from retirement): a start that
        // changes nothing must not make every item look changed to the read API's sync.
        jdbc.update("update checklist_item i set changed_at = ? where i.cycle_id = ? and exists (select 1 from"
                + " checklist_template_item t where " + APPLIES + " and (t.id <> i.template_item_id or i.retired = true))",
                timestamp(now), cycleId, templateId);
        jdbc.update("update checklist_item i set template_item_id = (select t.id from checklist_template_item t where "
                + APPLIES + "), retired = false where i.cycle_id = ? and exists (select 1 from checklist_template_item t"
                + " where " + APPLIES + ")", templateId, cycleId, templateId);
        return jdbc.update("update checklist_item i set retired = true, changed_at = ? where i.cycle_id = ?"
                + " and i.retired = false and not exists (select 1 from checklist_template_item t where " + APPLIES + ")",
                timestamp(now), cycleId, templateId);
    }

    /** Region code + "|" + item code of every item of the cycle. */
    public Set<String> existingKeys(long cycleId) {
        var keys = new HashSet<String>();
        jdbc.query("select region_code, item_code from checklist_item where cycle_id = ?",
                rs -> {
                    keys.add(rs.getString(1) + "|" + rs.getString(2));
                }, cycleId);
        return keys;
    }

    public void insert(List<NewItem> items, Instant now) {
        jdbc.batchUpdate("""
                insert into checklist_item (cycle_id, region_code, province_code, region_level, item_code,
                    template_item_id, retired, status, evidence_kind, verification, changed_since_verification, demo,
                    version, changed_at)
                values (?, ?, ?, ?, ?, ?, false, 'BELUM', 'NONE', 'NONE', false, false, 0, ?)
                """, items, 500, (ps, item) -> {
            ps.setLong(1, item.cycleId());
            ps.setString(2, item.regionCode());
            ps.setString(3, item.provinceCode());
            ps.setString(4, item.regionLevel());
            ps.setString(5, item.itemCode());
            ps.setLong(6, item.templateItemId());
            ps.setObject(7, timestamp(now));
        });
    }

    /** An item as demo generation sees it; {@code derivedFrom} the source its template derives it from, or null. */
    public record DemoCandidate(long id, String regionCode, String provinceCode, String itemCode, LocalDate dueDate,
            boolean evidenceRequired, DerivedSource derivedFrom) {

        public DemoCandidate(long id, String regionCode, String provinceCode, String itemCode, LocalDate dueDate,
                boolean evidenceRequired) {
            this(id, regionCode, provinceCode, itemCode, dueDate, evidenceRequired, null);
        }
    }

    /** A generated answer for one item; all values already decided. */
    public record DemoAnswer(long id, String status, String note, String link, String verification,
            String returnReason, Instant submittedAt, Instant verifiedAt, String verifiedBy, LocalDate completedOn,
            Instant updatedAt) {
    }

    public List<DemoCandidate> demoCandidates(long cycleId) {
        return jdbc.query("""
                select i.id, i.region_code, i.province_code, i.item_code, t.due_date, t.evidence_required, t.derived_from
                from checklist_item i join checklist_template_item t on t.id = i.template_item_id
                where i.cycle_id = ? and i.retired = false and i.updated_at is null
                order by i.region_code, i.item_code
                """, (rs, n) -> new DemoCandidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                rs.getString(7) == null ? null : DerivedSource.valueOf(rs.getString(7))), cycleId);
    }

    public void writeDemo(List<DemoAnswer> answers, String actor) {
        jdbc.batchUpdate("""
                update checklist_item set status = ?, note = ?, evidence_kind = ?, evidence_link = ?, verification = ?,
                    return_reason = ?, submitted_at = ?, verified_at = ?, verified_by = ?, completed_on = ?,
                    updated_at = ?, updated_by = ?, demo = true, changed_at = ?
                where id = ? and updated_at is null
                """, answers, 1000, (ps, a) -> {
            ps.setString(1, a.status());
            ps.setString(2, a.note());
            ps.setString(3, a.link() == null ? "NONE" : "LINK");
            ps.setString(4, a.link());
            ps.setString(5, a.verification());
            ps.setString(6, a.returnReason());
            ps.setObject(7, timestamp(a.submittedAt()));
            ps.setObject(8, timestamp(a.verifiedAt()));
            ps.setString(9, a.verifiedBy());
            ps.setObject(10, a.completedOn());
            ps.setObject(11, timestamp(a.updatedAt()));
            ps.setString(12, actor);
            var verified = a.verifiedAt() != null && a.verifiedAt().isAfter(a.updatedAt());
            ps.setObject(13, timestamp(verified ? a.verifiedAt() : a.updatedAt()));
            ps.setLong(14, a.id());
        });
    }

    /**
     * Puts every item still holding a generated demo answer back to unanswered; an item a user has saved since is
     * no longer demo and keeps its answer. The version moves on, so that a form opened before is stale.
     */
    public int resetDemo() {
        return jdbc.update("""
                update checklist_item set status = 'BELUM', note = null, evidence_kind = 'NONE', evidence_link = null,
                    evidence_name = null, evidence_type = null, evidence_size = null, evidence_sha256 = null,
                    verification = 'NONE', changed_since_verification = false, return_reason = null, submitted_at = null,
                    verified_at = null, verified_by = null, completed_on = null, updated_at = null, updated_by = null,
                    demo = false, version = version + 1
                where demo = true
                """);
    }

    /** Instants are stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime timestamp(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

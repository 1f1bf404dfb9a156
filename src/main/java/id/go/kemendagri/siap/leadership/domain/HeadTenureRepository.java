package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadRow;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.TenureRecord;
import id.go.kemendagri.siap.leadership.TermAlert;

public interface HeadTenureRepository extends JpaRepository<HeadTenure, Long> {

    Optional<HeadTenure> findByActiveRegionCode(String regionCode);

    List<HeadTenure> findByRegionCodeOrderBySwornInOnDescIdDesc(String regionCode);

    /** Every region (with its active head, if any) that passes the filter; {@code :today} dates "overdue". */
    String FILTER = """
            from LeadershipRegion r
            join LeadershipRegion p on p.code = r.provinceCode
            left join HeadTenure t on t.activeRegionCode = r.code
            where (:province is null or r.provinceCode = :province)
              and (:status is null or t.status = :status)
              and (:endBefore is null or t.termEndsOn <= :endBefore)
              and (:overdueOnly = false or exists (select 1 from PjReport o
                    where o.tenureId = t.id and o.sentOn is null and o.dueOn < :today
                    and o.dueOn >= t.termStartedOn))
              and (:category is null or t.lastCategory = :category)
              and (:band is null or t.lastBand = :band)
              and (:name is null or lower(r.name) like :name or r.code like :code
                    or lower(t.personName) like :name)
            """;

    /** A line of the heads grid: next due date and overdue count are sub-selects. */
    String ROW = """
            select new id.go.kemendagri.siap.leadership.HeadRow(r.code, r.name, r.level, p.name, t.id, t.status,
                t.personName, t.termEndsOn,
                (select min(n.dueOn) from PjReport n where n.tenureId = t.id and n.sentOn is null and n.dueOn >= :today),
                (select count(l) from PjReport l where l.tenureId = t.id and l.sentOn is null and l.dueOn < :today
                    and l.dueOn >= t.termStartedOn),
                t.lastCategory, t.lastBand, t.demo, cast(null as Long))
            """;

    /** One page of the heads grid in one statement. */
    @Query(ROW + FILTER)
    List<HeadRow> findRows(LocalDate today, String province, HeadStatus status, LocalDate endBefore,
            boolean overdueOnly, EvaluationCategory category, NeutralityBand band, String name, String code,
            Pageable page);

    /** The grid's rows of some regions that pass the filter, for redrawing just those after a live change. */
    @Query(ROW + FILTER + " and r.code in :codes")
    List<HeadRow> findRowsIn(LocalDate today, String province, HeadStatus status, LocalDate endBefore,
            boolean overdueOnly, EvaluationCategory category, NeutralityBand band, String name, String code,
            java.util.Collection<String> codes);

    @Query("select count(r) " + FILTER)
    long countRows(LocalDate today, String province, HeadStatus status, LocalDate endBefore, boolean overdueOnly,
            EvaluationCategory category, NeutralityBand band, String name, String code);

    @Query("""
            select new id.go.kemendagri.siap.leadership.TermAlert(r.code, r.name, t.status, t.personName, t.termEndsOn,
                t.extensionCount, cast(0 as Long))
            from HeadTenure t join LeadershipRegion r on r.code = t.regionCode
            where t.activeRegionCode is not null and t.termEndsOn <= :endBefore
              and (:province is null or r.provinceCode = :province)
            order by t.termEndsOn, r.code
            """)
    List<TermAlert> findTermsEnding(LocalDate endBefore, String province, Pageable page);

    @Query("""
            select count(t) from HeadTenure t join LeadershipRegion r on r.code = t.regionCode
            where t.activeRegionCode is not null and t.termEndsOn <= :endBefore
              and (:province is null or r.provinceCode = :province)
            """)
    long countTermsEnding(LocalDate endBefore, String province);

    /**
     * Active heads grouped by status, last category and last band, in one statement: rows of (status, category,
     * band, count, how many of them are on campaign leave on {@code day}).
     */
    @Query("""
            select t.status, t.lastCategory, t.lastBand, count(t),
                sum(case when t.campaignLeave.startsOn <= :day and t.campaignLeave.endsOn >= :day then 1 else 0 end)
            from HeadTenure t join LeadershipRegion r on r.code = t.regionCode
            where t.activeRegionCode is not null and (:province is null or r.provinceCode = :province)
            group by t.status, t.lastCategory, t.lastBand
            """)
    List<Object[]> summarise(String province, LocalDate day);

    /** Tenures for the read API, by id after {@code after}; "changed" counts the tenure's evaluations too. */
    @Query("""
            select new id.go.kemendagri.siap.leadership.TenureRecord(t.id, t.regionCode, r.name, r.provinceCode,
                t.status, t.personName, t.originPosition, t.originInstitution, t.echelon, t.legalBasis,
                t.decreeNumber, t.swornInOn, t.termStartedOn, t.termEndsOn, t.extensionCount, t.endedOn, t.endReason,
                t.lastCategory, t.lastBand, t.updatedAt,
                (select max(e.updatedAt) from PjEvaluation e where e.tenureId = t.id))
            from HeadTenure t join LeadershipRegion r on r.code = t.regionCode
            where (:province is null or r.provinceCode = :province)
              and (:region is null or t.regionCode = :region)
              and (:activeOnly = false or t.activeRegionCode is not null)
              and (:endedOnly = false or t.activeRegionCode is null)
              and (:status is null or t.status = :status)
              and (:endBefore is null or (t.activeRegionCode is not null and t.termEndsOn <= :endBefore))
              and (:overdueOnly = false or exists (select 1 from PjReport o
                    where o.tenureId = t.id and o.sentOn is null and o.dueOn < :today
                    and o.dueOn >= t.termStartedOn))
              and (:category is null or t.lastCategory = :category)
              and (:band is null or t.lastBand = :band)
              and (:name is null or lower(t.personName) like :name or lower(r.name) like :name or r.code like :code)
              and (:since is null or t.updatedAt > :since
                    or exists (select 1 from PjEvaluation v where v.tenureId = t.id and v.updatedAt > :since))
              and (:after is null or t.id > :after)
            order by t.id
            """)
    List<TenureRecord> findRecords(String province, String region, boolean activeOnly, boolean endedOnly,
            HeadStatus status, LocalDate endBefore, boolean overdueOnly, LocalDate today, EvaluationCategory category,
            NeutralityBand band, String name, String code, java.time.Instant since, Long after,
            org.springframework.data.domain.Limit limit);
}

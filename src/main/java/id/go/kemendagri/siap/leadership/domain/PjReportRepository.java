package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.leadership.OverdueReport;

public interface PjReportRepository extends JpaRepository<PjReport, Long> {

    List<PjReport> findByTenureIdOrderByPeriodNumber(Long tenureId);

    /** The reports of a tenure with their evaluation's id and category (null before evaluation), in order. */
    @Query("""
            select s, e.id, e.category from PjReport s left join PjEvaluation e on e.reportId = s.id
            where s.tenureId = :tenureId order by s.periodNumber
            """)
    List<Object[]> findScheduleWithEvaluations(Long tenureId);

    @Modifying
    @Query("delete from PjReport s where s.tenureId = :tenureId and s.sentOn is null and s.dueOn > :after")
    int deleteUnsentDueAfter(Long tenureId, LocalDate after);

    @Query("""
            select new id.go.kemendagri.siap.leadership.OverdueReport(r.code, r.name, t.personName, s.periodNumber,
                s.dueOn, cast(0 as Long))
            from PjReport s join HeadTenure t on t.id = s.tenureId join LeadershipRegion r on r.code = s.regionCode
            where t.activeRegionCode is not null and s.sentOn is null and s.dueOn < :today
              and s.dueOn >= t.termStartedOn
              and (:province is null or r.provinceCode = :province)
            order by s.dueOn, r.code
            """)
    List<OverdueReport> findOverdue(LocalDate today, String province, Pageable page);

    @Query("""
            select count(s) from PjReport s join HeadTenure t on t.id = s.tenureId
            join LeadershipRegion r on r.code = s.regionCode
            where t.activeRegionCode is not null and s.sentOn is null and s.dueOn < :today
              and s.dueOn >= t.termStartedOn
              and (:province is null or r.provinceCode = :province)
            """)
    long countOverdue(LocalDate today, String province);

    @Query("""
            select new id.go.kemendagri.siap.leadership.OverdueReport(r.code, r.name, t.personName, s.periodNumber,
                s.dueOn, cast(0 as Long))
            from PjReport s join HeadTenure t on t.id = s.tenureId join LeadershipRegion r on r.code = s.regionCode
            where t.activeRegionCode is not null and s.sentOn is null and s.dueOn >= :from and s.dueOn <= :until
              and s.dueOn >= t.termStartedOn
              and (:province is null or r.provinceCode = :province)
            order by s.dueOn, r.code
            """)
    List<OverdueReport> findDueBetween(LocalDate from, LocalDate until, String province, Pageable page);

    /** Sent reports of active Pj that have no evaluation yet, the longest waiting first. */
    @Query("""
            select new id.go.kemendagri.siap.leadership.ReportToEvaluate(r.code, r.name, t.personName, s.periodNumber,
                s.sentOn, cast(0 as Long))
            from PjReport s join HeadTenure t on t.id = s.tenureId join LeadershipRegion r on r.code = s.regionCode
            where t.activeRegionCode is not null and s.sentOn is not null
              and not exists (select 1 from PjEvaluation e where e.reportId = s.id)
              and (:province is null or r.provinceCode = :province)
            order by s.sentOn, r.code, s.periodNumber
            """)
    List<id.go.kemendagri.siap.leadership.ReportToEvaluate> findToEvaluate(String province, Pageable page);

    @Query("""
            select count(s) from PjReport s join HeadTenure t on t.id = s.tenureId
            join LeadershipRegion r on r.code = s.regionCode
            where t.activeRegionCode is not null and s.sentOn is not null
              and not exists (select 1 from PjEvaluation e where e.reportId = s.id)
              and (:province is null or r.provinceCode = :province)
            """)
    long countToEvaluate(String province);

    /**
     * Reports for the read API, by id after {@code after}: the report, its evaluation (or null), the
     * person's name, the region's name and province. {@code status} is a ReportStatus name, dated by :today.
     */
    @Query("""
            select s, e, t.personName, r.name, r.provinceCode
            from PjReport s join HeadTenure t on t.id = s.tenureId join LeadershipRegion r on r.code = s.regionCode
            left join PjEvaluation e on e.reportId = s.id
            where (:province is null or r.provinceCode = :province)
              and (:region is null or s.regionCode = :region)
              and (:tenureId is null or s.tenureId = :tenureId)
              and (:category is null or e.category = :category)
              and (:status is null
                   or (:status = 'TERKIRIM' and s.sentOn is not null)
                   or (:status = 'TERLAMBAT' and s.sentOn is null and s.dueOn < :today)
                   or (:status = 'BELUM' and s.sentOn is null and s.dueOn >= :today))
              and (:since is null or s.updatedAt > :since or e.updatedAt > :since)
              and (:after is null or s.id > :after)
            order by s.id
            """)
    List<Object[]> findRecords(String province, String region, Long tenureId,
            id.go.kemendagri.siap.leadership.EvaluationCategory category, String status, LocalDate today,
            java.time.Instant since, Long after, org.springframework.data.domain.Limit limit);
}

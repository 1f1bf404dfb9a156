package id.go.kemendagri.siap.leadership.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PjEvaluationRepository extends JpaRepository<PjEvaluation, Long> {

    Optional<PjEvaluation> findByReportId(Long reportId);

    /** The evaluations of a tenure with their report's period and due date, newest period first. */
    @Query("""
            select e, s.periodNumber, s.dueOn from PjEvaluation e join PjReport s on s.id = e.reportId
            where e.tenureId = :tenureId order by s.periodNumber desc
            """)
    List<Object[]> findByTenureWithPeriod(Long tenureId);

    /** Every score of a tenure's evaluations in one statement: evaluation id, indicator id, score. */
    @Query("select e.id, key(sc), value(sc) from PjEvaluation e join e.scores sc where e.tenureId = :tenureId")
    List<Object[]> findScoresOfTenure(Long tenureId);

    /** The latest evaluation of a tenure by period, to keep the tenure's last category and band current. */
    @Query("""
            select e from PjEvaluation e join PjReport s on s.id = e.reportId
            where e.tenureId = :tenureId order by s.periodNumber desc limit 1
            """)
    Optional<PjEvaluation> findLatest(Long tenureId);

    /** Every score of the given evaluations in one statement: evaluation id, indicator id, score. */
    @Query("select e.id, key(sc), value(sc) from PjEvaluation e join e.scores sc where e.id in :ids")
    List<Object[]> findScoresOf(java.util.Collection<Long> ids);
}

package id.go.kemendagri.siap.region.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeskReportRepository extends JpaRepository<DeskReport, Long> {

    List<DeskReport> findByCycleIdAndRegionCodeOrderByReportMonth(long cycleId, String regionCode);

    Optional<DeskReport> findByCycleIdAndRegionCodeAndReportMonth(long cycleId, String regionCode, LocalDate reportMonth);

    /** Regions (of a province, or all) that recorded the month's report: one statement. */
    @Query("""
            select count(r) from DeskReport r
            where r.cycleId = :cycleId and r.reportMonth = :month and (:province is null or r.provinceCode = :province)""")
    long countSent(@Param("cycleId") long cycleId, @Param("month") LocalDate month, @Param("province") String province);
}

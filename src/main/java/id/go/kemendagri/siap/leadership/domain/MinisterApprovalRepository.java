package id.go.kemendagri.siap.leadership.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.leadership.ApprovalKind;

public interface MinisterApprovalRepository extends JpaRepository<MinisterApproval, Long> {

    String FILTER = """
            from MinisterApproval a
            where (:province is null or a.provinceCode = :province) and (:region is null or a.regionCode = :region)
              and (:alertsOnly = false or (a.kind = :transfer and a.actionOn between :from and :to
                   and (a.approvedOn is null or a.approvedOn > a.actionOn)))
            """;

    @Query("select a " + FILTER + " order by a.actionOn desc, a.id desc")
    List<MinisterApproval> page(String province, String region, boolean alertsOnly, ApprovalKind transfer,
            LocalDate from, LocalDate to, Pageable page);

    @Query("select count(a) " + FILTER)
    long countRows(String province, String region, boolean alertsOnly, ApprovalKind transfer, LocalDate from,
            LocalDate to);

    void deleteByDemoTrue();
}

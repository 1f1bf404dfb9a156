package id.go.kemendagri.siap.region.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.region.RegionDetails;
import id.go.kemendagri.siap.region.RegionLevel;
import id.go.kemendagri.siap.region.RegionRecord;
import id.go.kemendagri.siap.region.RegionRow;

public interface RegionRepository extends JpaRepository<Region, String> {

    String FILTER = """
            from Region r
            join Region p on p.code = r.provinceCode
            join ElectionCycleRegion e on e.id.regionCode = r.code and e.id.cycleId = :cycleId
            where (:province is null or r.provinceCode = :province)
              and (:level is null or r.level = :level)
              and (:pilkada is null or e.holdsPilkada = :pilkada)
              and (:name is null or lower(r.name) like :name or lower(r.officialName) like :name or r.code like :code)
            """;

    /** One page of the grid in one statement; the sort comes with the page request. */
    @Query("select new id.go.kemendagri.siap.region.RegionRow(r.code, r.name, r.level, r.provinceCode, p.name,"
            + " e.holdsPilkada) " + FILTER)
    List<RegionRow> findRows(long cycleId, String province, RegionLevel level, Boolean pilkada, String name,
            String code, Pageable page);

    /** A page for the read API: by code after {@code after}, changed after {@code since} when given. */
    @Query("select new id.go.kemendagri.siap.region.RegionRecord(r.code, r.name, r.level, r.provinceCode, p.name,"
            + " e.holdsPilkada, r.changedAt) " + FILTER
            + " and (:after is null or r.code > :after) and (:since is null or r.changedAt > :since)"
            + " order by r.code")
    List<RegionRecord> findRecords(long cycleId, String province, RegionLevel level, Boolean pilkada, String name,
            String code, java.time.Instant since, String after, org.springframework.data.domain.Limit limit);

    @Query("select count(r) " + FILTER)
    long countRows(long cycleId, String province, RegionLevel level, Boolean pilkada, String name, String code);

    @Query("""
            select new id.go.kemendagri.siap.region.RegionDetails(r.code, r.name, r.level, r.provinceCode, p.name,
                e.holdsPilkada, c.name, c.voteDate)
            from Region r
            join Region p on p.code = r.provinceCode
            join ElectionCycleRegion e on e.id.regionCode = r.code
            join ElectionCycle c on c.id = e.id.cycleId
            where r.code = :code and c.id = :cycleId
            """)
    Optional<RegionDetails> findDetails(String code, long cycleId);

    List<Region> findByLevelOrderByCode(RegionLevel level);

    @Query("select r.code, r.name from Region r where r.code in :codes")
    List<Object[]> findNames(java.util.Collection<String> codes);

    @Query("select r.level, e.holdsPilkada, count(r) from Region r"
            + " join ElectionCycleRegion e on e.id.regionCode = r.code and e.id.cycleId = :cycleId"
            + " group by r.level, e.holdsPilkada")
    List<Object[]> countByLevelAndPilkada(long cycleId);
}

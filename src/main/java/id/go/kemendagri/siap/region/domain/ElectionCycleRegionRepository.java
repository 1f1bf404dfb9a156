package id.go.kemendagri.siap.region.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionCycleRegionRepository extends JpaRepository<ElectionCycleRegion, ElectionCycleRegion.Key> {

    List<ElectionCycleRegion> findByIdCycleId(Long cycleId);
}

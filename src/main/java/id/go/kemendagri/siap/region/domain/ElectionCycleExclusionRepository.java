package id.go.kemendagri.siap.region.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionCycleExclusionRepository
        extends JpaRepository<ElectionCycleExclusion, ElectionCycleRegion.Key> {

    List<ElectionCycleExclusion> findByIdCycleId(Long cycleId);
}

package id.go.kemendagri.siap.region.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionCycleStageRepository extends JpaRepository<ElectionCycleStage, ElectionCycleStage.Key> {

    List<ElectionCycleStage> findByIdCycleIdOrderBySortOrder(Long cycleId);
}

package id.go.kemendagri.siap.region.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionCycleRepository extends JpaRepository<ElectionCycle, Long> {

    Optional<ElectionCycle> findFirstByCurrentTrue();
}

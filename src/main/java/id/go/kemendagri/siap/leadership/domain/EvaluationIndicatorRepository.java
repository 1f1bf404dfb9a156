package id.go.kemendagri.siap.leadership.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationIndicatorRepository extends JpaRepository<EvaluationIndicator, Long> {

    List<EvaluationIndicator> findAllByOrderByAspectAscSortOrderAscIdAsc();

    List<EvaluationIndicator> findByActiveTrueOrderByAspectAscSortOrderAscIdAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

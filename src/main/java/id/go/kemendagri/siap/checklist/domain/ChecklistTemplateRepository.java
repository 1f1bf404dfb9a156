package id.go.kemendagri.siap.checklist.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    Optional<ChecklistTemplate> findFirstByCycleIdAndPublishedTrueOrderByVersionNoDesc(long cycleId);

    Optional<ChecklistTemplate> findFirstByCycleIdOrderByVersionNoDesc(long cycleId);
}

package id.go.kemendagri.siap.checklist.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistTemplateItemRepository extends JpaRepository<ChecklistTemplateItem, Long> {

    List<ChecklistTemplateItem> findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(long templateId);
}

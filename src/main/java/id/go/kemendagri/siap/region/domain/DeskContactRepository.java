package id.go.kemendagri.siap.region.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeskContactRepository extends JpaRepository<DeskContact, String> {
}

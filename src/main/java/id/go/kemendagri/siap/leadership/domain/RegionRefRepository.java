package id.go.kemendagri.siap.leadership.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRefRepository extends JpaRepository<RegionRef, String> {
}

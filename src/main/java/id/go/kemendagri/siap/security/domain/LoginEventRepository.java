package id.go.kemendagri.siap.security.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    List<LoginEvent> findByUsernameOrderByOccurredAtDescIdDesc(String username, Pageable pageable);

    List<LoginEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);
}

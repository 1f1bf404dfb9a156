package id.go.kemendagri.siap.budget.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NphdTransferRepository extends JpaRepository<NphdTransfer, Long> {

    List<NphdTransfer> findByGrantIdInOrderByDateAscIdAsc(Collection<Long> grantIds);

    List<NphdTransfer> findByGrantIdOrderByDateAscIdAsc(long grantId);

    long countByDemoTrue();
}

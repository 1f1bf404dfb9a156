package id.go.kemendagri.siap.comment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import id.go.kemendagri.siap.comment.CommentTarget;

public interface CommentEntryRepository extends JpaRepository<CommentEntry, Long> {

    List<CommentEntry> findByTargetTypeAndTargetIdAndRegionCodeOrderByCreatedAtAscIdAsc(CommentTarget targetType,
            long targetId, String regionCode);

    long countByTargetTypeAndTargetIdAndRegionCode(CommentTarget targetType, long targetId, String regionCode);
}

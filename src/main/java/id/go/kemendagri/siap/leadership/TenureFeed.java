package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.base.SearchPatterns;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;

/**
 * Heads of region and their tenures (current and past) for other systems: one statement per page, by id,
 * confined to what the caller may read; the neutrality band only to callers who may see scores.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TenureFeed {

    private final HeadTenureRepository tenures;
    private final LeadershipAccess access;
    private final Clock clock;

    /** Up to {@code limit} tenures with an id above {@code afterId} (null: from the start). */
    public List<TenureRecord> page(TenureFilter filter, Instant changedSince, Long afterId, int limit) {
        var heads = filter.heads();
        var scores = access.maySeeScores();
        if (heads.band() != null && !scores) {
            throw new AccessDeniedException("The neutrality band is a personal score");
        }
        var today = LeadershipRules.today(clock);
        var endBefore = heads.endingWithinDays() == null ? null : today.plusDays(heads.endingWithinDays());
        var rows = tenures.findRecords(access.readableProvince(heads.provinceCode()), filter.regionCode(),
                Boolean.TRUE.equals(filter.active()), Boolean.FALSE.equals(filter.active()), heads.status(), endBefore,
                heads.overdueOnly(), today, heads.category(), heads.band(), SearchPatterns.contains(heads.search()),
                SearchPatterns.prefix(heads.search()), changedSince, afterId, Limit.of(limit));
        return scores ? rows : rows.stream().map(TenureRecord::withoutScores).toList();
    }
}

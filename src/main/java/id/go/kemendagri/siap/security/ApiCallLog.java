package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.security.domain.ApiCall;
import id.go.kemendagri.siap.security.domain.ApiCallRepository;

/** The log of read-API calls as administrators read it, newest first; and its clean-up. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiCallLog {

    private final ApiCallRepository calls;
    private final Clock clock;

    /** One page, of one token or all ({@code tokenId} null), refused and failed calls only if asked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiCallEntry> page(Long tokenId, boolean errorsOnly, Pageable page) {
        return calls.findPage(tokenId, errorsOnly, Pages.in(page, Sort.unsorted())).stream()
                .map(row -> toEntry((ApiCall) row[0], (String) row[1])).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(Long tokenId, boolean errorsOnly) {
        return calls.countPage(tokenId, errorsOnly);
    }

    /** Deletes calls older than the retention; run daily by the API feature. */
    @Transactional
    public int purge(Duration retention) {
        return calls.deleteOlderThan(clock.instant().minus(retention));
    }

    private static ApiCallEntry toEntry(ApiCall call, String tokenName) {
        return new ApiCallEntry(call.getId(), call.getOccurredAt(), call.getTokenId(), tokenName,
                call.getTokenPrefix(), call.getMethod(), call.getPath(), call.getStatus(), call.getDurationMs(),
                call.getRemoteAddress());
    }
}

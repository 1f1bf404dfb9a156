package id.go.kemendagri.siap.security.domain;

import java.time.Instant;

import id.go.kemendagri.siap.base.LogEntry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;

/** One call of the read API, answered or refused; the token is null when the call named no valid one. */
@Entity
@Table(name = "api_call")
@Getter
public class ApiCall extends LogEntry {

    private Long tokenId;

    private String tokenPrefix;

    private String method;

    private String path;

    private int status;

    private int durationMs;

    private String remoteAddress;

    protected ApiCall() {
    }

    public ApiCall(Instant occurredAt, Long tokenId, String tokenPrefix, String method, String path, int status,
            int durationMs, String remoteAddress) {
        super(occurredAt);
        this.tokenId = tokenId;
        this.tokenPrefix = tokenPrefix;
        this.method = method;
        this.path = path;
        this.status = status;
        this.durationMs = durationMs;
        this.remoteAddress = remoteAddress;
    }
}

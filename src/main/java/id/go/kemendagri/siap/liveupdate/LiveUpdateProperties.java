package id.go.kemendagri.siap.liveupdate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param minPushInterval the shortest time between two pushes to one screen; changes in between are coalesced */
@ConfigurationProperties("siap.live-update")
public record LiveUpdateProperties(@DefaultValue("250ms") Duration minPushInterval) {
}

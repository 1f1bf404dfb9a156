package id.go.kemendagri.siap.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code siap.redis.url} is set and not blank: the application runs as one node of a cluster. */
public class ClusterMode implements Condition {

    public static final String URL_PROPERTY = "siap.redis.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
    }
}

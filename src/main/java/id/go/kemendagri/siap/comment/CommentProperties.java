package id.go.kemendagri.siap.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code siap.comment.*}: how long the author may still change a comment's text ({@code edit-window}, 15 minutes)
 * and the longest comment ({@code max-length}, 4000 characters).
 */
@ConfigurationProperties("siap.comment")
public record CommentProperties(@DefaultValue("15m") Duration editWindow, @DefaultValue("4000") int maxLength) {
}

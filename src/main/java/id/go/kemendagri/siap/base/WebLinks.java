package id.go.kemendagri.siap.base;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for a link a user stores as evidence or as a document's address: an absolute {@code http} or
 * {@code https} address with a host name that has a dot, no white space, at most {@link #MAX_LENGTH} characters. Any
 * other scheme ({@code javascript:}, {@code data:}, {@code file:}) is refused, so a stored link is safe to show as a
 * link.
 */
public final class WebLinks {

    public static final int MAX_LENGTH = 500;

    private WebLinks() {
    }

    public static boolean isWebLink(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LENGTH
                || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package id.go.kemendagri.siap.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page starts: the sort key of the last item sent, opaque to clients (base64url of
 * {@code kind:key}). Lists are ordered by a unique key (official code or id), so a page never repeats or
 * skips an item that did not change in between.
 */
final class Cursor {

    private Cursor() {
    }

    static String of(String kind, Object key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a cursor of this kind, or null without a cursor. */
    static String key(String kind, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("cursor: not a cursor of this API.");
        }
        if (!text.startsWith(kind + ":") || text.length() == kind.length() + 1) {
            throw new ApiInputException("cursor: belongs to another list; use the nextCursor of this one.");
        }
        return text.substring(kind.length() + 1);
    }

    static Long id(String kind, String cursor) {
        var key = key(kind, cursor);
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new ApiInputException("cursor: not a cursor of this API.");
        }
    }
}

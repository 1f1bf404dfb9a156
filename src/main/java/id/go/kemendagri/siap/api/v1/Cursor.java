package id.go.kemendagri.siap.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * Where the next page of a list starts: the sort key of the last item sent, opaque to clients (base64url of
 * {@code kind:key}). Lists are ordered by a unique key (official code or id), so a page never repeats or
 * skips an item that did not change in between; the kind keeps a cursor from being used on another list.
 *
 * @param <T> the items the list's feed reads
 * @param <K> their sort key
 */
final class Cursor<T, K> {

    private final String kind;
    private final Function<T, K> key;
    private final Function<String, K> parse;

    private Cursor(String kind, Function<T, K> key, Function<String, K> parse) {
        this.kind = kind;
        this.key = key;
        this.parse = parse;
    }

    /** The cursor of a list ordered by id. */
    static <T> Cursor<T, Long> byId(String kind, Function<T, Long> id) {
        return new Cursor<>(kind, id, Long::parseLong);
    }

    /** The cursor of a list ordered by official code. */
    static <T> Cursor<T, String> byCode(String kind, Function<T, String> code) {
        return new Cursor<>(kind, code, Function.identity());
    }

    /** The cursor of the page after this item. */
    String after(T item) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + key.apply(item)).getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor of this list names, or null without a cursor. */
    K key(String cursor) {
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
        try {
            return parse.apply(text.substring(kind.length() + 1));
        } catch (NumberFormatException e) {
            throw new ApiInputException("cursor: not a cursor of this API.");
        }
    }
}

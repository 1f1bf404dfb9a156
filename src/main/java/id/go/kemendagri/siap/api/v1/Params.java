package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.api.ApiProperties;
import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiClient;

/**
 * The parameters every list shares (limit, cursor, updatedSince: {@link ListParams}) and the checks of
 * province and region ({@link ProvinceParam}, {@link RegionParam}) against the token: a token issued for a
 * province that asks for another one is refused (403) rather than answered with nothing, so that a
 * misconfigured client notices.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Params {

    static final String YES = "ya";
    static final String NO = "tidak";

    private final ApiProperties properties;

    /** The page size: the default when not given, at most the configured maximum. */
    private int limit(Integer asked) {
        if (asked == null) {
            return properties.defaultPageSize();
        }
        if (asked < 1) {
            throw new ApiInputException("limit: at least 1.");
        }
        return Math.min(asked, properties.maxPageSize());
    }

    /** {@code ya}/{@code tidak} as the screens write it; null when absent. */
    static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case YES -> true;
            case NO -> false;
            default -> throw new ApiInputException(name + ": ya or tidak.");
        };
    }

    /** A filter that only narrows: {@code ya} keeps the items it names, {@code tidak} is the same as leaving it out. */
    static boolean onlyIf(String name, String value) {
        return Boolean.TRUE.equals(flag(name, value));
    }

    /** A code of the given form, null when absent; refused when its province is not the token's. */
    static String withinToken(String code, Pattern form, String formError, UnaryOperator<String> provinceOf) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var value = code.strip();
        if (!form.matcher(value).matches()) {
            throw new ApiInputException(formError);
        }
        client().map(ApiClient::provinceCode).filter(own -> !provinceOf.apply(value).equals(own)).ifPresent(own -> {
            throw new ApiScopeException("This token reads province " + own + " only.");
        });
        return value;
    }

    /** A search text as the screens take it: trimmed, at most 60 characters. */
    static String search(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = text.strip();
        return value.length() > 60 ? value.substring(0, 60) : value;
    }

    /**
     * One page of a list: reads one item more than the page holds (the feed's order is the cursor's key), sends
     * the first {@code limit} as JSON and, when there are more, the cursor of the page after the last one sent.
     */
    <T, K, R> CursorPage<R> page(ListParams list, Cursor<T, K> cursor, Feed<T, K> feed, Function<T, R> json) {
        var limit = limit(list.limit());
        var read = feed.read(list.since(), cursor.key(list.cursor()), limit + 1);
        var more = read.size() > limit;
        var items = (more ? read.subList(0, limit) : read).stream().map(json).toList();
        return new CursorPage<>(items, more ? cursor.after(read.get(limit - 1)) : null);
    }

    /** How a list reads a page from its feed service. */
    @FunctionalInterface
    interface Feed<T, K> {

        /** Up to {@code limit} items after {@code after} (null: from the start), changed since a moment if given. */
        List<T> read(Instant changedSince, K after, int limit);
    }

    private static java.util.Optional<ApiClient> client() {
        return ApiAccess.current().filter(c -> c.provinceCode() != null);
    }
}

package id.go.kemendagri.siap.api.v1;

import java.util.List;
import java.util.function.BiFunction;
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
 * The parameters every list shares (limit, cursor, updatedSince) and the checks of province and region
 * against the token: a token issued for a province that asks for another one is refused (403) rather than
 * answered with nothing, so that a misconfigured client notices.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Params {

    static final String YES = "ya";
    static final String NO = "tidak";
    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2})?");

    private final ApiProperties properties;

    /** The page size: the default when not given, at most the configured maximum. */
    int limit(Integer asked) {
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

    /** A province filter, checked against the token's province. */
    static String province(String code) {
        return withinToken(code, PROVINCE, "provinsi: a two-digit province code such as 62.", value -> value);
    }

    /** A region filter (province or kabupaten/kota code), checked against the token's province. */
    static String region(String code) {
        return withinToken(code, REGION, "region: an official code such as 62 or 62.07.",
                value -> value.substring(0, 2));
    }

    /** A code of the given form, null when absent; refused when its province is not the token's. */
    private static String withinToken(String code, Pattern form, String formError, UnaryOperator<String> provinceOf) {
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
     * The page to send: the first {@code limit} of what was read (the feed reads one more), and the cursor of
     * the next page when there is one.
     */
    static <T, R, P> P page(List<T> read, int limit, Function<T, R> json, Function<T, String> cursor,
            BiFunction<List<R>, String, P> page) {
        var more = read.size() > limit;
        var items = (more ? read.subList(0, limit) : read).stream().map(json).toList();
        return page.apply(items, more ? cursor.apply(read.get(limit - 1)) : null);
    }

    private static java.util.Optional<ApiClient> client() {
        return ApiAccess.current().filter(c -> c.provinceCode() != null);
    }
}

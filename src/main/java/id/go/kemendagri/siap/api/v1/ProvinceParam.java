package id.go.kemendagri.siap.api.v1;

import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Parameter;

/** The province filter of a list, as the screens take it ({@code ?provinsi=62}). */
record ProvinceParam(@Parameter(description = ApiDocs.PROVINCE) String provinsi) {

    private static final Pattern FORM = Pattern.compile("\\d{2}");

    /** The province code, null when absent; refused when it is not the token's province. */
    String code() {
        return Params.withinToken(provinsi, FORM, "provinsi: a two-digit province code such as 62.", value -> value);
    }
}

package id.go.kemendagri.siap.api.v1;

import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Parameter;

/** The filter of a list on one region: a province or kabupaten/kota code. */
record RegionParam(@Parameter(description = ApiDocs.REGION) String region) {

    private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2})?");

    /** The region code, null when absent; refused when the region is not in the token's province. */
    String code() {
        return Params.withinToken(region, FORM, "region: an official code such as 62 or 62.07.",
                value -> value.substring(0, 2));
    }
}

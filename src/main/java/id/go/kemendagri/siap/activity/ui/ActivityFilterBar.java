package id.go.kemendagri.siap.activity.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FilterBar;

/** The activity feed's filters and their URL form: {@code ?jenis=followup&provinsi=62}. */
class ActivityFilterBar extends FilterBar<ActivityFilterBar.Filter> {

    static final String TYPE = "jenis";

    /** The kind of record saved and the province, each null for all. */
    record Filter(String type, String provinceCode) {
        static final Filter ALL = new Filter(null, null);
    }

    final Select<String> type = new Select<>();
    private final List<String> types;

    ActivityFilterBar(List<String> types, Function<String, String> typeLabel, List<Province> provinces,
            Runnable onChange) {
        super("feed.filter.any", provinces);
        this.types = types;
        choice(type, "feed.filter.type", types.toArray(String[]::new), typeLabel);
        onChange(onChange, List.of(type, province));
        add(type, province);
    }

    @Override
    public Filter filter() {
        return new Filter(type.getValue(), province.code());
    }

    @Override
    public QueryParameters toQuery(Filter filter) {
        return query().put(TYPE, filter.type()).put(PROVINCE, filter.provinceCode()).build();
    }

    @Override
    protected void applyFields(QueryParameters params) {
        type.setValue(param(params, TYPE).filter(types::contains).orElse(null));
    }
}

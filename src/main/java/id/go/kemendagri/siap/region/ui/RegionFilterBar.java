package id.go.kemendagri.siap.region.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FilterBar;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionLevel;

/** The region list's filters and their URL form: {@code ?provinsi=62&tingkat=KABUPATEN&pilkada=ya&cari=palangka}. */
class RegionFilterBar extends FilterBar<RegionFilter> {

    static final String LEVEL = "tingkat";
    static final String PILKADA = "pilkada";
    static final String SEARCH = "cari";
    private static final String NO = "tidak";

    final Select<RegionLevel> level = new Select<>();
    final Select<String> pilkada = new Select<>();
    final TextField search = new TextField();

    RegionFilterBar(List<Province> provinces, Runnable onChange) {
        super("regions.filter.any", provinces);
        choice(level, "regions.filter.level", RegionLevel.values(), l -> getTranslation("region.level." + l.name()));
        choice(pilkada, "regions.filter.pilkada", new String[] { YES, NO },
                v -> getTranslation(YES.equals(v) ? "regions.pilkada.yes" : "regions.pilkada.no"));
        search.setLabel(getTranslation("regions.filter.search"));
        search.setPlaceholder(getTranslation("regions.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);
        onChange(onChange, List.of(province, level, pilkada, search));
        add(province, level, pilkada, search);
    }

    @Override
    public RegionFilter filter() {
        var holds = pilkada.getValue() == null ? null : YES.equals(pilkada.getValue());
        var text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().trim();
        return new RegionFilter(province.code(), level.getValue(), holds, text);
    }

    @Override
    public QueryParameters toQuery(RegionFilter filter) {
        var holds = filter.holdsPilkada() == null ? null : filter.holdsPilkada() ? YES : NO;
        return query().put(PROVINCE, filter.provinceCode()).put(LEVEL, filter.level()).put(PILKADA, holds)
                .put(SEARCH, filter.search()).build();
    }

    @Override
    protected void applyFields(QueryParameters params) {
        level.setValue(param(params, LEVEL, RegionLevel.class).orElse(null));
        pilkada.setValue(param(params, PILKADA).filter(v -> YES.equals(v) || NO.equals(v)).orElse(null));
        search.setValue(param(params, SEARCH).map(s -> s.length() > 60 ? s.substring(0, 60) : s).orElse(""));
    }
}

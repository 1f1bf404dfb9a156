package id.go.kemendagri.siap.followup.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FilterBar;
import id.go.kemendagri.siap.followup.MeetingFilter;
import id.go.kemendagri.siap.followup.MeetingType;

/** The meeting list's filters and their URL form: {@code ?jenis=RAKORTEKRENBANG&provinsi=65&cari=tanjung}. */
class MeetingFilterBar extends FilterBar<MeetingFilter> {

    static final String TYPE = "jenis";
    static final String SEARCH = "cari";

    final Select<MeetingType> type = new Select<>();
    final TextField search = new TextField();

    MeetingFilterBar(List<Province> provinces, Runnable onChange) {
        super("meetings.filter.any", provinces);
        choice(type, "meetings.filter.type", MeetingType.values(), value -> getTranslation("meeting.type." + value));
        search.setLabel(getTranslation("meetings.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        onChange(onChange, List.of(type, province, search));
        add(type, province, search);
    }

    @Override
    public MeetingFilter filter() {
        var text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new MeetingFilter(type.getValue(), province.code(), text);
    }

    @Override
    public QueryParameters toQuery(MeetingFilter filter) {
        return query().put(TYPE, filter.type()).put(PROVINCE, filter.provinceCode()).put(SEARCH, filter.search())
                .build();
    }

    @Override
    protected void applyFields(QueryParameters params) {
        type.setValue(param(params, TYPE, MeetingType.class).orElse(null));
        search.setValue(param(params, SEARCH).orElse(""));
    }
}

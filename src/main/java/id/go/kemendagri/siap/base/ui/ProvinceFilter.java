package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;

/**
 * The province filter of the lists: "62 Kalimantan Tengah" style choices, clearable. When the user may
 * see one province only (provincial staff), it is chosen and fixed. The service scopes the data anyway;
 * this only keeps the screen honest about it.
 */
public class ProvinceFilter extends ComboBox<Province> {

    public ProvinceFilter(List<Province> provinces) {
        Fields.province(this, "filter.province", provinces, null);
        setClearButtonVisible(true);
        setPlaceholder(getTranslation("filter.any"));
        setWidth("18rem");
        if (provinces.size() == 1) {
            setValue(provinces.getFirst());
            setReadOnly(true);
        }
    }

    /** The chosen province's code, or null for all. */
    public String code() {
        return getValue() == null ? null : getValue().code();
    }

    /** Chooses the province with this code (from the URL), or none; a fixed choice stays as it is. */
    public void showCode(String code) {
        if (!isReadOnly()) {
            setValue(find(code).orElse(null));
        }
    }

    private Optional<Province> find(String code) {
        return getListDataView().getItems().filter(p -> p.code().equals(code)).findFirst();
    }
}

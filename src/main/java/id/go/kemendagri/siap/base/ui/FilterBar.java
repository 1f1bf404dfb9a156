package id.go.kemendagri.siap.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;

/**
 * A list's filter fields in a row that wraps, kept in the address ({@code ?provinsi=62&terlambat=ya}) so that a
 * filtered list can be shared: setting the fields from the address fires no search per field, and a value the
 * address gets wrong (blank, unknown) reads as none. Subclasses name the parameters and build the filter {@code F};
 * {@link FilteredListView} is the list page around one.
 */
public abstract class FilterBar<F> extends HorizontalLayout {

    /** The value of a yes/no parameter that is on, e.g. {@code ?terlambat=ya}. */
    protected static final String YES = "ya";
    /** The parameter of the province filter. */
    protected static final String PROVINCE = "provinsi";

    /** The province filter every list has (fixed for provincial staff); the subclass places it among its fields. */
    public final ProvinceFilter province;
    private final String anyKey;
    private final FromAddress address = new FromAddress();

    /**
     * @param anyKey the translation key of the choice "any" (no filter)
     * @param provinces the provinces the user may choose from
     */
    protected FilterBar(String anyKey, List<Province> provinces) {
        this.anyKey = anyKey;
        this.province = new ProvinceFilter(provinces);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** The filter the fields make. */
    public abstract F filter();

    /** The filter's form in the address. */
    public abstract QueryParameters toQuery(F filter);

    /**
     * Sets the fields from the address, the province filter first, without a search per field; a value the address
     * gets wrong (blank, unknown) reads as none.
     */
    public final void apply(QueryParameters params) {
        address.set(() -> {
            province.showCode(param(params, PROVINCE).orElse(null));
            applyFields(params);
        });
    }

    /** Sets the subclass's own fields from the address ({@link #param}); unknown values are ignored. */
    protected abstract void applyFields(QueryParameters params);

    /** A choice among {@code values} that may be left at "any"; {@code label} shows a value. */
    protected <T> Select<T> choice(Select<T> select, String labelKey, T[] values, Function<T, String> label) {
        select.setItems(values);
        return Fields.anyChoice(select, labelKey, anyKey, label);
    }

    /** Runs {@code onChange} when one of the fields changes, except while they are set from the address. */
    protected void onChange(Runnable onChange, List<HasValue<?, ?>> fields) {
        fields.forEach(field -> field.addValueChangeListener(event -> address.ifByUser(onChange)));
    }

    /** The parameter's first value that is not blank. */
    public static Optional<String> param(QueryParameters params, String name) {
        return params.getParameters().getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** The parameter as a constant of {@code type}, whatever its case; none when it names none. */
    public static <E extends Enum<E>> Optional<E> param(QueryParameters params, String name, Class<E> type) {
        return param(params, name).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** A filter's address form, from the parameters that have a value: {@code query().put(...).build()}. */
    protected static Query query() {
        return new Query();
    }

    /** The parameters of an address form that have a value (a constant by its name). */
    public static final class Query {

        private final Map<String, String> params = new HashMap<>();

        public Query put(String name, Object value) {
            if (value != null) {
                params.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
            }
            return this;
        }

        /** A yes/no parameter: {@link #YES} when on, left out when off. */
        public Query flag(String name, boolean on) {
            return put(name, on ? YES : null);
        }

        public QueryParameters build() {
            return QueryParameters.simple(params);
        }
    }

    /** Whether a yes/no parameter is on ({@link #YES}). */
    protected static boolean flag(QueryParameters params, String name) {
        return param(params, name).filter(YES::equals).isPresent();
    }
}

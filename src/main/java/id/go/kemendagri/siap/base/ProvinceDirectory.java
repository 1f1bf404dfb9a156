package id.go.kemendagri.siap.base;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The official provinces, for features that must name or check a province without depending on the
 * region feature (which implements this).
 */
public interface ProvinceDirectory {

    record Province(String code, String name) {
    }

    List<Province> provinces();

    /** The name of each province by its code. */
    default Map<String, String> names() {
        return provinces().stream().collect(Collectors.toMap(Province::code, Province::name));
    }

    boolean isProvince(String code);
}

package id.go.kemendagri.siap.base;

import java.util.List;

/**
 * The official provinces, for features that must name or check a province without depending on the
 * region feature (which implements this).
 */
public interface ProvinceDirectory {

    record Province(String code, String name) {
    }

    List<Province> provinces();

    boolean isProvince(String code);
}

package id.go.kemendagri.siap.region;

/** Provinsi, kabupaten or kota. Kabupaten numbers run 01-69 within a province, kota 71-99. */
public enum RegionLevel {
    PROVINSI, KABUPATEN, KOTA;

    /** The level an official code stands for: {@code 62} province, {@code 62.07} kabupaten, {@code 62.71} kota. */
    public static RegionLevel ofCode(String code) {
        var dot = code.indexOf('.');
        if (dot < 0) {
            return PROVINSI;
        }
        return Integer.parseInt(code.substring(dot + 1)) >= 71 ? KOTA : KABUPATEN;
    }
}

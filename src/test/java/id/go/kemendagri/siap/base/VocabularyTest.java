package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One Indonesian vocabulary (issue 19): "tahap penyaluran", "daftar periksa", "kategori kesiapan" and
 * "kategori netralitas" everywhere users read Indonesian, never "tranche", "checklist" or "pita".
 */
class VocabularyTest {

    private static final Pattern OTHER_WORDS = Pattern.compile("(?i)tranche|checklist|\\bpita\\b");

    @Test
    void one_indonesian_vocabulary() throws IOException {
        var offending = new ArrayList<String>();
        var bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_id.properties");
        assertThat(bundles).hasSizeGreaterThan(10);
        for (var bundle : bundles) {
            var texts = new Properties();
            try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            texts.forEach((key, text) -> {
                if (OTHER_WORDS.matcher(text.toString().replaceAll("/checklist/\\S*", "")).find()) {
                    offending.add(bundle.getFilename() + ": " + key + "=" + text);
                }
            });
        }
        assertThat(offending).isEmpty();
    }
}

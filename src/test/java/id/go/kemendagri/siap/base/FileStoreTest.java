package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored files are named after what they are, whatever name the browser sent. */
class FileStoreTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes();

    @TempDir
    Path root;

    @Test
    void a_store_that_would_be_left_with_less_than_its_minimum_free_space_refuses_the_file_and_keeps_nothing()
            throws Exception {
        var full = new FileStore(root.toString(), org.springframework.util.unit.DataSize.ofTerabytes(1_000_000));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> full.store("x.pdf", PDF))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "file.error.storage"));
        try (var left = java.nio.file.Files.walk(root)) {
            assertThat(left.filter(java.nio.file.Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void a_pdf_uploaded_as_html_is_kept_as_pdf() {
        var stored = new FileStore(root.toString()).store("x.html", PDF);

        assertThat(stored.name()).isEqualTo("x.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
    }

    @ParameterizedTest(name = "{0} as {1} is kept as {2}")
    @CsvSource(delimiter = '|', value = {
            "laporan.pdf         | application/pdf | laporan.pdf",
            "Laporan.PDF         | application/pdf | Laporan.PDF",
            "foto.jpeg           | image/jpeg      | foto.jpeg",
            "foto.png            | image/jpeg      | foto.jpg",
            "peta.jpg            | image/png       | peta.png",
            "script.svg.exe      | image/png       | script.svg.png",
            "rapat.2024          | application/pdf | rapat.2024.pdf",
            "notulen             | application/pdf | notulen.pdf",
            "../../etc/passwd    | application/pdf | passwd.pdf",
            "C:\\dok\\bukti.html | application/pdf | bukti.pdf",
            "..                  | application/pdf | dokumen.pdf",
            "/                   | image/png       | dokumen.png",
            "'<b>.html'          | application/pdf | _b_.pdf" })
    void the_kept_name_ends_with_the_extension_of_the_type_found(String name, String type, String kept) {
        assertThat(FileStore.safeName(name, type)).isEqualTo(kept);
    }
}

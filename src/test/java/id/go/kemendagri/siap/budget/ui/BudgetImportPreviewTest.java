package id.go.kemendagri.siap.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;

import id.go.kemendagri.siap.budget.BudgetImport;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The import preview speaks the officer's words: labelled columns and formatted amounts and dates. */
class BudgetImportPreviewTest extends UiTest {

    private static byte[] csv(String... rows) {
        return (String.join(",", BudgetImport.COLUMNS) + "\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_preview_labels_its_columns_and_formats_amounts_dates_and_stages() {
        var view = navigateAs(Users.staff("72"), "anggaran/impor", BudgetImportView.class);

        view.received("nphd.csv", csv(
                "NPHD,72.01,KPU,DITANDATANGANI,BERTAHAP,12500000000,\"Rp12.000.000.000\",NPHD/1,2023-11-10,40,,,,",
                "TRANSFER,72.01,BAWASLU,,,,,,,,1,20-11-2023,1200000000,SP2D-1",
                "NPHD,72.02,KPU,SELESAI,,abc,,,,,,,,"));

        assertThat(view.rows.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Jenis baris", "Kode wilayah", "Penerima").doesNotContain("kode_wilayah", "jenis", "penerima");
        var grid = test(view.rows);
        assertThat(view.values(grid.getRow(0))).isEqualTo("Tahap: NPHD ditandatangani · Skema: Bertahap (40% / 60%)"
                + " · Usulan: Rp12.500.000.000 · Nilai NPHD: Rp12.000.000.000 · Nomor NPHD: NPHD/1"
                + " · Tanggal NPHD: 10 Nov 2023 · Porsi tahun sebelumnya (%): 40");
        assertThat(view.kind(grid.getRow(1))).isEqualTo("Transfer");
        assertThat(view.recipient(grid.getRow(1))).isEqualTo("Bawaslu");
        assertThat(view.values(grid.getRow(1)))
                .isEqualTo("Tahap transfer: 1 · Tanggal transfer: 20 Nov 2023 · Jumlah transfer: Rp1.200.000.000"
                        + " · Referensi: SP2D-1");
        // what cannot be read is shown as written, and the problem names the column by its label
        assertThat(view.values(grid.getRow(2))).contains("Tahap: SELESAI", "Usulan: abc");
    }
}

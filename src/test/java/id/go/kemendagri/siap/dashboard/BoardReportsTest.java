package id.go.kemendagri.siap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.StageDates;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.Board.DeadlineKind;
import id.go.kemendagri.siap.dashboard.Board.Funds;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/** The PDF and XLSX reports open and hold the board's figures: both are read back. */
class BoardReportsTest {

    static final ElectionStages.Now STAGE = new ElectionStages.Now(
            java.util.Optional.of(new StageDates(ElectionStage.CAMPAIGN, LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23))),
            java.util.Optional.of(new StageDates(ElectionStage.QUIET_DAYS, LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26))));
    static final LocalDate TODAY = LocalDate.of(2024, 10, 21);
    static final Instant NOW = Instant.parse("2024-10-21T07:05:00Z");
    static final long KPU_DISBURSED = 12_345_678_901_234L;

    final BoardReports reports = new BoardReports(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_pdf_is_a_dated_paginated_summary_in_indonesian_with_the_figures() throws IOException {
        var pdf = reports.pdf(national(), Formats.INDONESIAN, true);

        var pages = text(pdf);
        var all = String.join("\n", pages);
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.getFirst()).contains("Ringkasan Kesiapan Pilkada Serentak 2024 — Nasional",
                "Data per 21 Oktober 2024", "Dibuat 21 Oktober 2024 14.05 WIB", "DATA DEMO",
                "Pemungutan suara: 27 November 2024", "Halaman 1 dari " + pages.size());
        assertThat(pages.getLast()).contains("Halaman " + pages.size() + " dari " + pages.size());
        assertThat(all).contains("Wilayah siap (kesiapan terverifikasi ≥ 80%)", "312", "72,4%",
                "Rp12.345.678.901.234", "Rp28.700.000.000.000", "43,0%", "Kabupaten Paling Lambat",
                "Provinsi Uji 37", "1.234", "Seluruhnya 467", "Budi Santoso", "KPU, tahap 1", "Pj · Budi Santoso",
                "12 butir terlambat", "Siti Aminah, laporan ke-3", "Baik", "Hijau", "Penjabat (Pj)",
                "Yang terlambat", "Tenggat dalam 30 hari ke depan");
        assertThat(all).doesNotContain("!board.report");
    }

    @Test
    void table_headers_repeat_on_every_page_of_a_long_list() throws IOException {
        var pages = text(reports.pdf(national(), Formats.INDONESIAN));

        var withAreas = pages.stream().filter(p -> p.contains("Provinsi Uji")).count();
        assertThat(withAreas).isGreaterThan(1);
        assertThat(pages.stream().filter(p -> p.contains("Provinsi Uji"))).allMatch(p -> p.contains("Terverifikasi"));
        assertThat(String.join("\n", pages)).doesNotContain("DATA DEMO");
    }

    @Test
    void the_xlsx_has_a_sheet_per_section_with_numbers_and_dates() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(national(), Formats.INDONESIAN)))) {
            var names = new ArrayList<String>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Ringkasan", "Kategori kesiapan", "Anggaran", "Kepala daerah",
                    "Kesiapan per provinsi", "Paling belum siap", "Tenggat", "Terlambat", "Keterlambatan");

            var summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ringkasan Kesiapan Pilkada Serentak 2024 — Nasional · Data per 21 Oktober 2024");
            var header = header(summary, "Indikator");
            assertThat(summary.getRow(header).getCell(1).getStringCellValue()).isEqualTo("Nilai");
            assertThat(workbook.getFontAt(summary.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(summary.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
            assertThat(value(summary, "Wilayah siap (kesiapan terverifikasi ≥ 80%)").getNumericCellValue()).isEqualTo(312);
            var average = value(summary, "Rata-rata kesiapan terverifikasi");
            assertThat(average.getNumericCellValue()).isCloseTo(0.724, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(average.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            var vote = value(summary, "Hari pemungutan suara");
            assertThat(vote.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 27));

            var funds = workbook.getSheet("Anggaran");
            var kpu = row(funds, "KPU");
            assertThat(kpu.getCell(4).getNumericCellValue()).isEqualTo(KPU_DISBURSED);
            assertThat(kpu.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("\"Rp\"#,##0");
            assertThat(kpu.getCell(5).getNumericCellValue()).isCloseTo(0.43, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row(funds, "Jumlah").getCell(1).getNumericCellValue()).isEqualTo(4 * 545);

            var least = workbook.getSheet("Paling belum siap");
            assertThat(least.getRow(header(least, "No.")).getCell(2).getStringCellValue()).isEqualTo("Wilayah");
            var first = least.getRow(header(least, "No.") + 1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Kabupaten Paling Lambat");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Provinsi Uji 11");
            assertThat(first.getCell(4).getNumericCellValue()).isZero();

            var areas = workbook.getSheet("Kesiapan per provinsi");
            assertThat(areas.getLastRowNum() - header(areas, "Kode")).isEqualTo(38);

            var deadlines = workbook.getSheet("Tenggat");
            var term = row(deadlines, 2, "Akhir masa jabatan");
            assertThat(term.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.plusDays(5));
            assertThat(term.getCell(1).getNumericCellValue()).isEqualTo(5);

            var overdue = workbook.getSheet("Terlambat");
            assertThat(overdue.getRow(3).getCell(0).getStringCellValue()).startsWith("Seluruhnya 467");
            assertThat(row(overdue, 0, "Tahap penyaluran NPHD").getCell(6).getNumericCellValue()).isEqualTo(750_000_000);
        }
    }

    @Test
    void english_when_the_locale_is_english() throws IOException {
        var pages = text(reports.pdf(national(), Formats.ENGLISH));
        var all = String.join("\n", pages);
        assertThat(pages.getFirst()).contains("Pilkada Serentak 2024 Readiness Summary — National",
                "Data as of 21 October 2024", "Page 1 of " + pages.size());
        assertThat(all).contains("72.4%", "Rp12,345,678,901,234", "The 20 least ready regions", "Latest Pj evaluation",
                "Overdue");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(national(), Formats.ENGLISH)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(workbook.getSheet("Readiness by province")).isNotNull();
            assertThat(value(workbook.getSheet("Summary"), "Average verified readiness").getNumericCellValue())
                    .isCloseTo(0.724, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void a_province_report_is_titled_and_named_after_the_province() throws IOException {
        var board = province();

        assertThat(reports.fileName(board, "xlsx")).isEqualTo("ringkasan-62-kalimantan-tengah-2024-10-21.xlsx");
        assertThat(reports.fileName(national(), "pdf")).isEqualTo("ringkasan-nasional-2024-10-21.pdf");
        var pages = text(reports.pdf(board, Formats.INDONESIAN));
        assertThat(pages.getFirst()).contains("Ringkasan Kesiapan Pilkada Serentak 2024 — Kalimantan Tengah");
        assertThat(String.join("\n", pages)).contains("Kesiapan per wilayah", "Kabupaten Kotawaringin Barat",
                "Tidak ada data.");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(board, Formats.INDONESIAN)))) {
            var areas = workbook.getSheet("Kesiapan per wilayah");
            var header = areas.getRow(header(areas, "Kode"));
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Wilayah");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Terverifikasi");
            assertThat(row(areas, "6201").getCell(2).getNumericCellValue()).isEqualTo(0.85);
            assertThat(workbook.getSheet("Tenggat").getRow(header(workbook.getSheet("Tenggat"), "Tanggal") + 1)
                    .getCell(0).getStringCellValue()).isEqualTo("Tidak ada data.");
        }
    }

    static List<String> text(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var pages = new ArrayList<String>();
            for (var page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        }
    }

    static int header(Sheet sheet, String first) {
        for (var row : sheet) {
            var cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)
                    && row.getLastCellNum() > 1) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No header " + first + " in " + sheet.getSheetName());
    }

    static Row row(Sheet sheet, String first) {
        return row(sheet, 0, first);
    }

    static Row row(Sheet sheet, int column, String text) {
        for (var row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("No row " + text + " in " + sheet.getSheetName());
    }

    static Cell value(Sheet sheet, String label) {
        return row(sheet, label).getCell(1);
    }

    static Board national() {
        var areas = new ArrayList<Area>();
        for (var i = 0; i < 38; i++) {
            var code = Integer.toString(11 + i);
            areas.add(new Area(code, "Provinsi Uji " + code, code, 15, 8, 60 + i % 40, 70, 900, 12, 30,
                    i % 3 == 0 ? ReadinessBand.READY : ReadinessBand.MEDIUM));
        }
        var least = new ArrayList<Area>();
        least.add(new Area("1101", "Kabupaten Paling Lambat", "11", 1, 0, 0, 5, 60, 9, 0, ReadinessBand.LOW));
        for (var i = 1; i < 20; i++) {
            least.add(new Area("12" + (10 + i), "Kabupaten Uji " + i, "12", 1, 0, 10 + i, 20 + i, 60, 3, 1,
                    ReadinessBand.LOW));
        }
        var funds = List.of(
                new Funds(Recipient.KPU, 545, 540, 28_700_000_000_000L, KPU_DISBURSED, 100, 300, 140),
                new Funds(Recipient.BAWASLU, 545, 530, 8_600_000_000_000L, 4_300_000_000_000L, 90, 300, 140),
                new Funds(Recipient.TNI, 545, 500, 1_000_000_000_000L, 0, 0, 0, 500),
                new Funds(Recipient.POLRI, 545, 520, 3_000_000_000_000L, 3_000_000_000_000L, 520, 0, 0));
        var upcoming = List.of(
                Deadline.tranche("1101", "Kabupaten Paling Lambat", TODAY.plusDays(2), 2, Recipient.KPU, 1,
                        1_500_000_000),
                Deadline.term("1201", "Kabupaten Uji Masa", TODAY.plusDays(5), 5, HeadStatus.PJ,
                        "Budi Santoso"),
                Deadline.report("1301", "Kota Uji Laporan", TODAY.plusDays(9), 9, "Siti Aminah", 3));
        var overdue = List.of(
                Deadline.report("1302", "Kota Uji Telat", TODAY.minusDays(4), -4, "Andi", 2),
                Deadline.tranche("1401", "Kabupaten Uji Tahap", TODAY.minusDays(10), -10, Recipient.BAWASLU, 2,
                        750_000_000),
                Deadline.checklist("1101", "Kabupaten Paling Lambat", 12));
        return new Board(null, null, "Pilkada Serentak 2024", LocalDate.of(2024, 11, 27), TODAY, NOW, 80, 50, 30,
                new Board.Headline(545, 540, 312, 72.4, 78.9, 198, 12, 1234, 456, 7, 3, 4), List.copyOf(areas),
                List.copyOf(areas), bands(312, 150, 78, 5), funds, heads(), List.copyOf(least), upcoming, overdue,
                new Board.Overdue(456, 40, 7, 1, 3), STAGE, Map.of());
    }

    static Board province() {
        var areas = List.of(
                new Area("62", "Kalimantan Tengah", "62", 1, 1, 85, 90, 60, 0, 0, ReadinessBand.READY),
                new Area("6201", "Kabupaten Kotawaringin Barat", "62", 1, 1, 85, 88, 60, 0, 2, ReadinessBand.READY),
                new Area("6202", "Kabupaten Kotawaringin Timur", "62", 1, 0, 40, 55, 60, 4, 1, ReadinessBand.LOW));
        return new Board("62", "Kalimantan Tengah", "Pilkada Serentak 2024", LocalDate.of(2024, 11, 27), TODAY, NOW,
                80, 50, 30, new Board.Headline(3, 3, 2, 70, 77.7, 1, 0, 3, 4, 0, 0, 0), areas, areas, bands(2, 0, 1, 0),
                List.of(), new Board.Heads(Map.of(), Map.of(), Map.of()), List.of(areas.get(2)), List.of(), List.of(),
                new Board.Overdue(4, 1, 0, 0, 0), STAGE,
                Map.of("6202", id.go.kemendagri.siap.region.VulnerabilityLevel.TINGGI));
    }

    static Map<ReadinessBand, Long> bands(long ready, long medium, long low, long none) {
        var bands = new EnumMap<ReadinessBand, Long>(ReadinessBand.class);
        bands.put(ReadinessBand.READY, ready);
        bands.put(ReadinessBand.MEDIUM, medium);
        bands.put(ReadinessBand.LOW, low);
        bands.put(ReadinessBand.NONE, none);
        return bands;
    }

    static Board.Heads heads() {
        return new Board.Heads(
                Map.of(HeadStatus.DEFINITIF, 330L, HeadStatus.PJ, 198L, HeadStatus.PJS, 10L, HeadStatus.PLT, 2L),
                Map.of(EvaluationCategory.BAIK, 120L, EvaluationCategory.CUKUP, 60L, EvaluationCategory.KURANG, 18L),
                Map.of(NeutralityBand.HIJAU, 150L, NeutralityBand.KUNING, 40L, NeutralityBand.MERAH, 8L));
    }
}

package id.go.kemendagri.siap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.support.DemoDataTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The reports of the real boards over the full demo data (552 regions), on the same demo-enabled context
 * as DemoLeadershipTest: they open, run over several pages and carry the board's own figures.
 */
class BoardReportsDemoTest extends DemoDataTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReports reports;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void the_national_reports_carry_the_boards_figures() throws IOException {
        Users.leadership();
        var board = boards.national().board();
        var t = new ReportTexts(Formats.INDONESIAN);

        var pages = BoardReportsTest.text(reports.pdf(board, Formats.INDONESIAN, true));
        var all = String.join("\n", pages);
        assertThat(pages).hasSizeGreaterThan(2);
        assertThat(pages.getLast()).contains("Halaman " + pages.size() + " dari " + pages.size());
        assertThat(all).contains("DATA DEMO", t.percent(board.headline().averageVerified(), 1),
                "Wilayah siap (kesiapan terverifikasi ≥ " + board.readyPercent() + "%)" + t.number(board.headline().ready()),
                t.money(board.funds().getFirst().disbursed()), board.areas().getLast().name());
        board.leastReady().forEach(region -> assertThat(all).contains(region.name()));
        assertThat(all).doesNotContain("!board.report");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(board, Formats.INDONESIAN, true)))) {
            var summary = workbook.getSheet("Ringkasan");
            assertThat(BoardReportsTest.value(summary, "Wilayah yang menyelenggarakan Pilkada").getNumericCellValue())
                    .isEqualTo(board.headline().regions());
            var areas = workbook.getSheet("Kesiapan per provinsi");
            assertThat(areas.getLastRowNum() - BoardReportsTest.header(areas, "Kode")).isEqualTo(board.areas().size());
            assertThat(BoardReportsTest.row(workbook.getSheet("Anggaran"), "KPU").getCell(4).getNumericCellValue())
                    .isEqualTo(board.funds().getFirst().disbursed());
        }
    }

    @Test
    void a_province_report_for_provincial_staff() throws IOException {
        Users.staff("62");
        var board = boards.province("62").board();

        assertThat(reports.fileName(board, "pdf")).isEqualTo("ringkasan-62-kalimantan-tengah-" + board.today() + ".pdf");
        var all = String.join("\n", BoardReportsTest.text(reports.pdf(board, Formats.ENGLISH)));
        assertThat(all).contains("Readiness Summary — Kalimantan Tengah", "Readiness by region",
                board.regions().getLast().name());
    }
}

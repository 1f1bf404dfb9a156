package id.go.kemendagri.siap.budget;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.go.kemendagri.siap.support.TestClock;

/**
 * Not a test (its name keeps it out of the normal run): the files of issue 24 that sank the server, each sent
 * by four users at once, with how long until each got its answer and the heap's peak meanwhile
 * (docs/reliability.md). Run with {@code ./mvnw test -Dtest=BudgetImportLimitsBenchmark}.
 */
@SpringBootTest
@Import(TestClock.class)
class BudgetImportLimitsBenchmark {

    @Autowired
    BudgetImport importer;

    @Test
    void files_that_sank_the_server() throws Exception {
        var csv = new StringBuilder(BudgetImportTest.HEADER);
        while (csv.length() < 6_200_000) {
            csv.append('\n').append(BudgetImportTest.nphd("72.12", "KPU", "1000"));
        }
        report("6.2 MB CSV", csv.toString().getBytes(StandardCharsets.UTF_8));
        report("XLSX, sheet unpacks to about 60 MB", bigSheet(150_000));
        report("XLSX, sheet unpacks to about 12 MB (under the unpacked limit, over the row limit)", bigSheet(30_000));
    }

    static byte[] bigSheet(int rows) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (var i = 0; i < BudgetImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(BudgetImport.COLUMNS.get(i));
            }
            for (var r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                for (var c = 0; c < BudgetImport.COLUMNS.size(); c++) {
                    row.createCell(c).setCellValue(c < 3 ? "NPHD" : "1000");
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private void report(String what, byte[] file) throws Exception {
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        var before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        var tasks = new ArrayList<Callable<String>>();
        for (var i = 0; i < 4; i++) {
            tasks.add(BudgetImportLimitsTest.asStaff("bench-" + i, () -> {
                var start = System.nanoTime();
                var preview = importer.preview("f", file);
                return String.join(",", preview.fileErrors()) + " after " + (System.nanoTime() - start) / 1_000_000
                        + " ms";
            }));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            var answers = new ArrayList<String>();
            for (var future : pool.invokeAll(tasks)) {
                answers.add(future.get());
            }
            var peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("[import-limits] %s (%,d bytes), 4 users at once: %s; heap peak %,d MB (%,d MB before)%n",
                    what, file.length, answers, peak / 1_048_576, before / 1_048_576);
        } finally {
            pool.shutdown();
        }
    }
}

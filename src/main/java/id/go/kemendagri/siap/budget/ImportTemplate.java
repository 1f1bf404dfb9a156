package id.go.kemendagri.siap.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.SpreadsheetCsv;

/**
 * The import template: the exact columns, and in the XLSX a second sheet that explains each column and
 * the words it accepts.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportTemplate {

    /** Help texts that state the rule's figures (BudgetProperties.ruleArguments). */
    private static final java.util.Set<String> RULE_TEXTS = java.util.Set.of("skema", "persen_tahun_sebelumnya");
    private final BudgetProperties rules;

    public void xlsx(Function<String, String> label, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            var data = workbook.createSheet(label.apply("budget.template.sheet"));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            var header = data.createRow(0);
            for (var i = 0; i < BudgetImport.COLUMNS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(BudgetImport.COLUMNS.get(i));
                cell.setCellStyle(bold);
                data.setColumnWidth(i, 18 * 256);
                // Region codes such as 62.10 must stay text, or a spreadsheet turns them into 62.1.
                data.setDefaultColumnStyle(i, text);
            }
            data.createFreezePane(0, 1);
            var help = workbook.createSheet(label.apply("budget.template.help-sheet"));
            var row = 0;
            for (var column : BudgetImport.COLUMNS) {
                var line = help.createRow(row++);
                line.createCell(0).setCellValue(column);
                line.getCell(0).setCellStyle(bold);
                var explained = label.apply("budget.template.help." + column);
                line.createCell(1).setCellValue(RULE_TEXTS.contains(column) ? rules.state(explained, java.util.Locale.ROOT) : explained);
            }
            help.setColumnWidth(0, 26 * 256);
            help.setColumnWidth(1, 110 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void csv(OutputStream out) {
        SpreadsheetCsv.open(out).row(BudgetImport.COLUMNS).flush();
    }
}

package id.go.kemendagri.siap.budget.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.budget.BudgetImport;
import id.go.kemendagri.siap.budget.ImportPreview;
import id.go.kemendagri.siap.budget.ImportRow;
import id.go.kemendagri.siap.budget.ImportValue;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.budget.ImportTemplate;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Upload of grant figures and transfers: the file is checked row by row and shown with its errors; only a
 * file without any error can be stored, and then all of it at once.
 */
@StyleSheet(Labels.STYLES)
@Route(value = "anggaran/impor", layout = MainLayout.class)
@RolesAllowed({ Role.ADMIN_NAME, Role.EVALUATOR_NAME, Role.PROVINCIAL_STAFF_NAME })
class BudgetImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient BudgetImport importer;
    private final transient id.go.kemendagri.siap.budget.BudgetProperties rules;
    final Upload upload;
    final Div summary = new Div();
    final Grid<ImportRow> rows = new Grid<>();
    final Button store = new Button();
    private String fileName;
    private byte[] content;

    BudgetImportView(BudgetImport importer, ImportTemplate template, id.go.kemendagri.siap.budget.BudgetProperties rules) {
        this.importer = importer;
        this.rules = rules;
        addClassName("budget-import-view");
        setWidthFull();
        setMaxWidth("80rem");
        var xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            var out = new ByteArrayOutputStream();
            template.xlsx(this::getTranslation, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "template-anggaran-pilkada.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), getTranslation("budget.import.template.xlsx"));
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            var out = new ByteArrayOutputStream();
            template.csv(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "template-anggaran-pilkada.csv",
                    "text/csv;charset=UTF-8", out.size());
        }), getTranslation("budget.import.template.csv"));
        upload = new Upload(new LimitedUpload((metadata, bytes) -> received(metadata.fileName(), bytes),
                importer.maxBytes()));
        upload.setMaxFiles(1);
        upload.setI18n(uploadTexts());
        upload.setMaxFileSize((int) importer.maxBytes());
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> FieldErrors.notify(getTranslation("budget.import.error.rejected"),
                NotificationVariant.LUMO_ERROR));
        upload.addFileRemovedListener(e -> clear());
        Fields.button(store, "budget.import.store", null, this::store, ButtonVariant.LUMO_PRIMARY);
        store.setEnabled(false);
        summary.addClassName("import-summary");
        configureRows();
        add(new H3(getTranslation("budget.import.title")), new Paragraph(getTranslation("budget.import.intro")),
                new HorizontalLayout(xlsx, csv, new RouterLink(getTranslation("budget.import.back"), BudgetListView.class)),
                upload, summary, rows, store);
    }

    private com.vaadin.flow.component.upload.UploadI18N uploadTexts() {
        var texts = new com.vaadin.flow.component.upload.UploadI18N();
        texts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("budget.import.upload.add")).setMany(getTranslation("budget.import.upload.add")));
        texts.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("budget.import.upload.drop")).setMany(getTranslation("budget.import.upload.drop")));
        texts.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("budget.import.error.too-large"))
                .setIncorrectFileType(getTranslation("budget.import.error.rejected"))
                .setTooManyFiles(getTranslation("budget.import.error.rejected")));
        return texts;
    }

    private void configureRows() {
        rows.addColumn(ImportRow::line).setHeader(getTranslation("budget.import.column.line")).setWidth("5rem")
                .setFlexGrow(0);
        rows.addColumn(this::kind).setHeader(label("jenis")).setAutoWidth(true);
        rows.addColumn(ImportRow::regionCode).setHeader(label("kode_wilayah")).setAutoWidth(true);
        rows.addColumn(this::recipient).setHeader(label("penerima")).setAutoWidth(true);
        rows.addColumn(this::values).setHeader(getTranslation("budget.import.column.values")).setFlexGrow(2);
        rows.addColumn(Pieces.cell(row -> List.of(issues(row)))).setHeader(getTranslation("budget.import.column.issues")).setFlexGrow(3);
        rows.setPartNameGenerator(row -> row.valid() ? null : "invalid-row");
        rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setVisible(false);
        rows.setWidthFull();
        rows.setAllRowsVisible(false);
        rows.setHeight("28rem");
    }

    /** A file column's label, e.g. "Kode wilayah" for {@code kode_wilayah}. */
    String label(String column) {
        return getTranslation("budget.import.field." + column);
    }

    String kind(ImportRow row) {
        var key = "budget.import.kind." + row.kind().toUpperCase(java.util.Locale.ROOT);
        var label = getTranslation(key);
        return label.startsWith("!") ? row.kind() : label;
    }

    String recipient(ImportRow row) {
        var label = getTranslation("budget.recipient." + row.recipient().toUpperCase(java.util.Locale.ROOT));
        return label.startsWith("!") ? row.recipient() : label;
    }

    /** The row's filled cells, labelled and formatted: "Nilai NPHD: Rp1.500.000.000 · Tanggal NPHD: 2 Sep 2024". */
    String values(ImportRow row) {
        return row.values().stream().map(value -> label(value.column()) + ": " + value(value))
                .collect(Collectors.joining(" · "));
    }

    private String value(ImportValue value) {
        if (value.amount() != null) {
            return Rupiah.format(value.amount(), getLocale());
        }
        if (value.date() != null) {
            return Formats.date(value.date(), getLocale());
        }
        if (value.word() != null) {
            return value.word() instanceof id.go.kemendagri.siap.budget.SigningStage
                    ? getTranslation("budget.stage." + value.word().name())
                    : getTranslation("budget.scheme." + value.word().name(), rules.ruleArguments());
        }
        return value.text();
    }

    private Piece issues(ImportRow row) {
        if (row.valid()) {
            return Labels.badge(getTranslation(row.unchanged() ? "budget.import.unchanged" : "budget.import.ok"),
                    row.unchanged() ? "contrast" : "success");
        }
        var text = row.issues().stream().map(i -> label(i.column()) + ": " + getTranslation(i.key())
                + (i.value().isEmpty() ? "" : " (" + i.value() + ")")).collect(Collectors.joining("; "));
        return Piece.text(text).withClass("import-issue");
    }

    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        show(importer.preview(name, bytes));
    }

    private void show(ImportPreview preview) {
        summary.removeAll();
        store.setEnabled(preview.valid());
        rows.setVisible(!preview.rows().isEmpty());
        rows.setItems(preview.rows());
        if (!preview.fileErrors().isEmpty()) {
            preview.fileErrors().forEach(key -> summary.add(error(getTranslation(key))));
            return;
        }
        if (preview.valid()) {
            summary.add(new Paragraph(getTranslation("budget.import.ready",
                    Formats.number(preview.rows().size(), getLocale()))));
        } else {
            summary.add(error(getTranslation("budget.import.has-errors", Formats.number(preview.invalidRows(), getLocale()),
                    Formats.number(preview.rows().size(), getLocale()))));
        }
    }

    private Paragraph error(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("import-error");
        return paragraph;
    }

    private void store() {
        try {
            var result = importer.store(fileName, content);
            FieldErrors.notify(getTranslation("budget.import.stored", result.grantsChanged(), result.transfersBooked(),
                    result.regions()), NotificationVariant.LUMO_SUCCESS);
            summary.removeAll();
            summary.add(new Paragraph(getTranslation("budget.import.stored", result.grantsChanged(),
                    result.transfersBooked(), result.regions())));
            upload.clearFileList();
            content = null;
            rows.setVisible(false);
            store.setEnabled(false);
        } catch (InvalidInputException e) {
            var reason = e.fieldErrors().getOrDefault("file", "budget.import.error.invalid");
            if (!"budget.import.error.invalid".equals(reason)) {
                // Refused before it was read (another import still running): the file stays, to be stored again.
                FieldErrors.notify(getTranslation(reason), NotificationVariant.LUMO_ERROR);
                return;
            }
            // Something changed since the preview (another user, or the clock): check again and show why.
            show(importer.preview(fileName, content));
        }
    }

    /**
     * Keeps the file in memory like {@link UploadHandler#inMemory}, but refuses on the server too a request
     * larger than the import's limit (the browser's own check can be bypassed), before it is read in full.
     */
    private static final class LimitedUpload extends InMemoryUploadHandler {
        private final long maxBytes;

        LimitedUpload(InMemoryUploadCallback callback, long maxBytes) {
            super(callback);
            this.maxBytes = maxBytes;
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            // the multipart envelope around the file
            return maxBytes + 64 * 1024;
        }
    }

    private void clear() {
        content = null;
        summary.removeAll();
        rows.setVisible(false);
        store.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.import.title") + " | " + getTranslation("app.name");
    }
}

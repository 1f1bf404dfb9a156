package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Puts the upload button and its messages in the user's language (Vaadin's defaults are English). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload apply(Upload upload) {
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one"))
                        .setMany(upload.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                        .setMany(upload.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(upload.getTranslation("file.error.size"))
                        .setIncorrectFileType(upload.getTranslation("file.error.type")));
        upload.setI18n(i18n);
        return upload;
    }
}

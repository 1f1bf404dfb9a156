package id.go.kemendagri.siap.followup.ui;

import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import id.go.kemendagri.siap.base.FileStore;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.UploadTexts;
import id.go.kemendagri.siap.followup.MeetingDetails;
import id.go.kemendagri.siap.followup.MeetingService;

/** Uploads a meeting's minutes document; the file store checks type and size by content. */
class MinutesUpload extends Upload {

    MinutesUpload(MeetingService meetings, MeetingDetails meeting, Consumer<MeetingDetails> onSaved) {
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                onSaved.accept(meetings.attachMinutes(meeting.id(), metadata.fileName(), bytes, meeting.version()));
                Toasts.show(getTranslation("meeting.minutes.uploaded"), NotificationVariant.LUMO_SUCCESS, 3000);
            } catch (InvalidInputException e) {
                Toasts.show(getTranslation(e.fieldErrors().getOrDefault("file", "error.invalid")), NotificationVariant.LUMO_ERROR, 5000);
            } catch (StaleDataException e) {
                onSaved.accept(meetings.details(meeting.id()));
                Toasts.show(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING, 4000);
            }
        }))));
        setMaxFiles(1);
        setMaxFileSize((int) FileStore.MAX_BYTES);
        setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        setDropLabel(new Span(getTranslation("meeting.minutes.upload")));
        setId("minutes-upload");
        UploadTexts.apply(this);
    }
}

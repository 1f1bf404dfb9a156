package id.go.kemendagri.siap.followup.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.followup.Document;

/** A download link for a stored document; the service checks access again when the file is fetched. */
final class DocumentLink {

    interface Opener {
        InputStream open() throws IOException;
    }

    private DocumentLink() {
    }

    static Anchor of(Document document, Opener opener) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(opener.open(), document.name(), document.contentType(), document.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), document.name());
        anchor.addClassName("document-link");
        return anchor;
    }
}
